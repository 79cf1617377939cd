package org.globaloffice.acceptance.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code reporting/reports.xhtml}: the report catalogue and the archive of the reports made. */
public class ReportsPage extends SignedInPage {

    public ReportsPage(WebDriver driver, String base) {
        super(driver, base);
        element("make:makeReport");
    }

    public static ReportsPage open(WebDriver driver, String base) {
        driver.get(base + "reporting/reports.xhtml");
        return new ReportsPage(driver, base);
    }

    public ReportsPage chooseReport(String label) {
        click("make:kind");
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='make:kind_items'] li[data-label='" + label + "']"))).click();
        waitForAjax();
        return this;
    }

    public ReportsPage chooseFormat(String format) {
        driver.findElement(By.xpath("//*[@id='make:format']//div[contains(@class,'ui-button')][normalize-space()='"
                + format + "']")).click();
        return this;
    }

    public ReportsPage make() {
        click("make:makeReport");
        waitForAjax();
        element("make:made");
        return this;
    }

    /** Asks for the report while others are being made: answers what the page says of its place in the queue. */
    public String makeAndReadWhereItWaits() {
        click("make:makeReport");
        return element("make:queueWaiting").getText();
    }

    /** Waits until the report asked for is made (the page polls for it), up to two minutes. */
    public ReportsPage awaitMade() {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofMinutes(2))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(id("make:made")));
        return this;
    }

    public boolean makeButtonEnabled() {
        return driver.findElement(id("make:makeReport")).isEnabled();
    }

    public String madeRows() {
        return element("madeRows").getText();
    }

    public String madeContentChecksum() {
        return element("madeContentSha").getText();
    }

    public String madeFileChecksum() {
        return element("madeFileSha").getText();
    }

    /** Downloads the report just made (a plain request: the page stays). */
    public void downloadMade() {
        click("make:downloadMade");
    }

    /** Downloads the newest report of the archive again. */
    public void downloadNewestFromArchive() {
        click("archive:table:0:download");
    }

    public String archiveText() {
        return element("archive:table").getText();
    }

    /** Checks the newest archived report against its checksum and answers the message shown. */
    public String verifyNewest() {
        click("archive:table:0:verify");
        waitForAjax();
        return element("archive:messages").getText();
    }
}
