package org.globaloffice.acceptance.pages;

import org.openqa.selenium.WebDriver;

/** {@code organization/school.xhtml}: one school, or a new one. */
public class SchoolPage extends SignedInPage {

    public SchoolPage(WebDriver driver, String base) {
        super(driver, base);
        element("form:code");
    }

    public SchoolPage fill(String code, String nameZh, String nameEn) {
        type("form:code", code);
        type("form:nameZh", nameZh);
        type("form:nameEn", nameEn);
        return this;
    }

    /** Saves and expects the form back with messages (Ajax). */
    public SchoolPage saveFailing() {
        click("form:save");
        waitForAjax();
        element("form:codeMessage");
        return this;
    }

    /** Saves and expects the saved school's page. */
    public SchoolPage save() {
        clickAndWaitForNewPage("form:save");
        return new SchoolPage(driver, base);
    }

    public String messageBeside(String field) {
        return element("form:" + field + "Message").getText();
    }

    public String growl() {
        return element("growl_container").getText();
    }
}
