package org.globaloffice.acceptance.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code foreignteacher/expert.xhtml}: a foreign teacher's profile, stage and qualification. */
public class ExpertPage extends SignedInPage {

    public ExpertPage(WebDriver driver, String base) {
        super(driver, base);
        element("form:nativeName");
    }

    public static ExpertPage openNew(WebDriver driver, String base) {
        driver.get(base + "foreignteacher/expert.xhtml");
        return new ExpertPage(driver, base);
    }

    public ExpertPage fill(String name, String nationality, String birthDate, String passport, int teflHours) {
        type("form:nativeName", name);
        type("form:nationality", nationality);
        type("form:birthDate_input", birthDate);
        element("form:birthDate_input").sendKeys(Keys.ESCAPE);
        type("form:passport", passport);
        type("form:teflHours_input", String.valueOf(teflHours));
        return this;
    }

    public ExpertPage chooseLanguageTeacherCategory() {
        click("form:intendedCategory");
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='form:intendedCategory_items'] li[data-label='B (language teacher)']"))).click();
        return this;
    }

    public ExpertPage setLanguages(String nativeLanguage, String taught) {
        type("form:nativeLanguage", nativeLanguage);
        type("form:languageTaught", taught);
        return this;
    }

    public ExpertPage saveFailing() {
        click("form:save");
        waitForAjax();
        element("form:nativeNameMessage");
        return this;
    }

    public ExpertPage save() {
        clickAndWaitForNewPage("form:save");
        return new ExpertPage(driver, base);
    }

    public ExpertPage moveTo(String stageLabel) {
        click(driver.findElement(By.xpath("//button[contains(., 'Move to " + stageLabel + "')]")).getAttribute("id"));
        waiting().until(ExpectedConditions.elementToBeClickable(id("confirmYes")));
        clickAndWaitForNewPage("confirmYes");
        return new ExpertPage(driver, base);
    }

    public String messageBeside(String field) {
        return element("form:" + field + "Message").getText();
    }

    public String stage() {
        return element("stage").getText();
    }

    public String qualification() {
        return element("qualifies").getText();
    }

    public String requirements() {
        return element("requirements").getText();
    }

    public String maskedPassport() {
        return element("form:maskedPassport").getText();
    }
}
