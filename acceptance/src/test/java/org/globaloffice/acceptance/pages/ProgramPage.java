package org.globaloffice.acceptance.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code cooperation/program.xhtml}: a cooperative program, its curriculum editor and the four one-thirds check. */
public class ProgramPage extends SignedInPage {

    public ProgramPage(WebDriver driver, String base) {
        super(driver, base);
        element("checkPanel");
    }

    public static ProgramPage open(WebDriver driver, String base, long id) {
        driver.get(base + "cooperation/program.xhtml?id=" + id);
        return new ProgramPage(driver, base);
    }

    /** The badge of the check as shown now: "Compliant" or "Not compliant". */
    public String compliance() {
        return element("compliance").getText();
    }

    public String shares() {
        return element("shares").getText();
    }

    public ProgramPage editCourse(String code) {
        driver.findElement(By.xpath("//tbody[@id='curriculum:courses_data']/tr[td[normalize-space()='" + code
                + "']]//button[contains(@id, ':edit')]")).click();
        waitForAjax();
        element("curriculum:editor");
        return this;
    }

    /** Ticks or unticks "introduced from the partner"; the check recomputes while the course is still unsaved. */
    public ProgramPage toggleIntroduced() {
        driver.findElement(By.cssSelector("[id='curriculum:introduced'] .ui-chkbox-box")).click();
        waitForAjax();
        return this;
    }

    public ProgramPage saveCourse() {
        click("curriculum:saveCourse");
        waitForAjax();
        waiting().until(d -> d.findElements(By.id("curriculum:editor")).isEmpty());
        return this;
    }

    public String complianceHistory() {
        return element("complianceHistory").getText();
    }
}
