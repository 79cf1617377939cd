package org.globaloffice.acceptance.pages;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code faculty/visit.xhtml}: an outbound visit's application, where it stands and the step the user may take. */
public class VisitPage extends SignedInPage {

    public VisitPage(WebDriver driver, String base) {
        super(driver, base);
        element("form");
    }

    public static VisitPage openNew(WebDriver driver, String base) {
        driver.get(base + "faculty/visit.xhtml");
        return new VisitPage(driver, base);
    }

    public static VisitPage open(WebDriver driver, String base, String url) {
        driver.get(url);
        return new VisitPage(driver, base);
    }

    /** Types part of a staff number or name and picks the first member the field suggests. */
    public VisitPage chooseTraveller(String text) {
        type("form:traveller_input", text);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='form:traveller_panel'] .ui-autocomplete-item"))).click();
        waitForAjax();
        return this;
    }

    public VisitPage chooseType(String label) {
        click("form:type");
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='form:type_items'] li[data-label='" + label + "']"))).click();
        waitForAjax();
        return this;
    }

    public VisitPage fillIn(String country, String institution, String purpose, LocalDate departs, LocalDate returns,
            String funding) {
        type("form:country", country);
        type("form:institution", institution);
        type("form:purpose", purpose);
        type("form:departsOn_input", departs.toString());
        closeCalendars();
        type("form:returnsOn_input", returns.toString());
        closeCalendars();
        type("form:fundingSource", funding);
        return this;
    }

    public VisitPage saveDraft() {
        clickAndWaitForNewPage("form:save");
        return new VisitPage(driver, base);
    }

    public VisitPage submit() {
        clickAndWaitForNewPage("steps:submit");
        return new VisitPage(driver, base);
    }

    public VisitPage approve(String comment) {
        type("steps:comment", comment);
        clickAndWaitForNewPage("steps:approve");
        return new VisitPage(driver, base);
    }

    public VisitPage fileReport(String report) {
        type("steps:reportText", report);
        clickAndWaitForNewPage("steps:fileReport");
        return new VisitPage(driver, base);
    }

    public VisitPage evaluate(int rating, String feedback) {
        driver.findElement(By.xpath("//*[@id='steps:rating']//div[contains(@class,'ui-button')][normalize-space()='"
                + rating + "']")).click();
        type("steps:comment", feedback);
        clickAndWaitForNewPage("steps:evaluate");
        return new VisitPage(driver, base);
    }

    /** The visit's state as the page names it. */
    public String state() {
        return element("visitState").getText();
    }

    /** The decisions, report and evaluation so far. */
    public String progress() {
        return driver.findElement(By.cssSelector(".go-steps")).getText();
    }

    public boolean offersStep(String clientId) {
        return !driver.findElements(By.id(clientId)).isEmpty();
    }
}
