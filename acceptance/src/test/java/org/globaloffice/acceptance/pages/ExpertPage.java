package org.globaloffice.acceptance.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code foreignteacher/expert.xhtml}: a foreign teacher's profile, stage and qualification. */
public class ExpertPage extends SignedInPage {

    public ExpertPage(WebDriver driver, String base) {
        super(driver, base);
        element("tabs:form:nativeName");
    }

    public static ExpertPage openNew(WebDriver driver, String base) {
        driver.get(base + "foreignteacher/expert.xhtml");
        return new ExpertPage(driver, base);
    }

    /** Fills the fields; the date last, then a click beside the form closes its calendar before anything else. */
    public ExpertPage fill(String name, String nationality, String birthDate, String passport, int teflHours) {
        typeAndCheck("tabs:form:nativeName", name);
        typeAndCheck("tabs:form:nationality", nationality);
        typeAndCheck("tabs:form:passport", passport);
        // a number input keeps its formatting: replace its whole content
        element("tabs:form:teflHours_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(teflHours));
        typeAndCheck("tabs:form:birthDate_input", birthDate);
        element("tabs:form:birthDate_input").sendKeys(Keys.TAB);
        closeCalendars();
        return this;
    }

    private void typeAndCheck(String clientId, String text) {
        type(clientId, text);
        waiting().until(d -> text.equals(element(clientId).getAttribute("value")));
    }

    public ExpertPage chooseLanguageTeacherCategory() {
        click("tabs:form:intendedCategory");
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='tabs:form:intendedCategory_items'] li[data-label='B (language teacher)']"))).click();
        return this;
    }

    public ExpertPage setLanguages(String nativeLanguage, String taught) {
        typeAndCheck("tabs:form:nativeLanguage", nativeLanguage);
        typeAndCheck("tabs:form:languageTaught", taught);
        return this;
    }

    public ExpertPage saveFailing() {
        click("tabs:form:save");
        waitForAjax();
        element("tabs:form:nativeNameMessage");
        return this;
    }

    public ExpertPage save() {
        clickAndWaitForNewPage("tabs:form:save");
        return new ExpertPage(driver, base);
    }

    public ExpertPage moveTo(String stageLabel) {
        click(driver.findElement(By.xpath("//button[contains(., 'Move to " + stageLabel + "')]")).getAttribute("id"));
        waiting().until(ExpectedConditions.elementToBeClickable(id("confirmYes")));
        clickAndWaitForNewPage("confirmYes");
        return new ExpertPage(driver, base);
    }

    public String messageBeside(String field) {
        return element("tabs:form:" + field + "Message").getText();
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
        return element("tabs:form:maskedPassport").getText();
    }

    /** Opens a tab by its title and waits for its content (tabs load when first shown). */
    public ExpertPage openTab(String tabId) {
        driver.findElement(By.cssSelector("a[href='#tabs:" + tabId + "']")).click();
        waitForAjax();
        return this;
    }

    /** Files a document with its scan on the documents tab. */
    public ExpertPage fileDocument(String typeLabel, String number, String issued, String expires, Path scan) {
        openTab("documentsTab");
        click("tabs:documents:new");
        waitForAjax();
        click("tabs:documents:type");
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='tabs:documents:type_items'] li[data-label='" + typeLabel + "']"))).click();
        typeAndCheck("tabs:documents:number", number);
        typeDate("tabs:documents:issued_input", issued);
        typeDate("tabs:documents:expires_input", expires);
        driver.findElement(By.id("tabs:documents:scan_input")).sendKeys(scan.toAbsolutePath().toString());
        click("tabs:documents:save");
        waitForAjax();
        return this;
    }

    public ExpertPage cancelDocument() {
        click("tabs:documents:cancel");
        waitForAjax();
        return this;
    }

    public String documentsTable() {
        return element("tabs:documents:table").getText();
    }

    public String documentMessage(String field) {
        return element("tabs:documents:" + field + "Message").getText();
    }

    public ExpertPage addTeaching(String course, int hours, boolean internationalStudents) {
        openTab("teachingTab");
        click("tabs:teaching:new");
        waitForAjax();
        typeAndCheck("tabs:teaching:course", course);
        element("tabs:teaching:hours_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(hours));
        if (internationalStudents) {
            driver.findElement(By.cssSelector("[id='tabs:teaching:internationalStudents'] .ui-chkbox-box")).click();
        }
        click("tabs:teaching:save");
        waitForAjax();
        return this;
    }

    public String teachingTable() {
        return element("tabs:teaching:table").getText();
    }

    public ExpertPage addEvaluation(String studentScore, String peerScore, String schoolScore, String comments) {
        openTab("evaluationsTab");
        click("tabs:evaluations:new");
        waitForAjax();
        element("tabs:evaluations:studentScore_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), studentScore);
        element("tabs:evaluations:peerScore_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), peerScore);
        element("tabs:evaluations:schoolScore_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), schoolScore);
        typeAndCheck("tabs:evaluations:comments", comments);
        click("tabs:evaluations:save");
        waitForAjax();
        return this;
    }

    public String evaluationsTable() {
        return element("tabs:evaluations:table").getText();
    }

    public String history() {
        openTab("historyTab");
        return element("tabs:history").getText();
    }

    public String alerts() {
        return driver.findElements(By.id("expertAlerts")).isEmpty() ? "" : element("expertAlerts").getText();
    }

    private void typeDate(String clientId, String date) {
        typeAndCheck(clientId, date);
        element(clientId).sendKeys(Keys.TAB);
        closeCalendars();
    }
}
