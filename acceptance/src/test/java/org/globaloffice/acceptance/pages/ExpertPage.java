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

    /** Fills the fields; the date last, then a click beside the form closes its calendar before anything else. */
    public ExpertPage fill(String name, String nationality, String birthDate, String passport, int teflHours) {
        typeAndCheck("form:nativeName", name);
        typeAndCheck("form:nationality", nationality);
        typeAndCheck("form:passport", passport);
        // a number input keeps its formatting: replace its whole content
        element("form:teflHours_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(teflHours));
        typeAndCheck("form:birthDate_input", birthDate);
        element("form:birthDate_input").sendKeys(Keys.TAB);
        click("pageTitle");
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-datepicker-panel")));
        return this;
    }

    private void typeAndCheck(String clientId, String text) {
        type(clientId, text);
        waiting().until(d -> text.equals(element(clientId).getAttribute("value")));
    }

    public ExpertPage chooseLanguageTeacherCategory() {
        click("form:intendedCategory");
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='form:intendedCategory_items'] li[data-label='B (language teacher)']"))).click();
        return this;
    }

    public ExpertPage setLanguages(String nativeLanguage, String taught) {
        typeAndCheck("form:nativeLanguage", nativeLanguage);
        typeAndCheck("form:languageTaught", taught);
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
