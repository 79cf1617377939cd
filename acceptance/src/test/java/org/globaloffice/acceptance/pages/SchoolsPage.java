package org.globaloffice.acceptance.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code organization/schools.xhtml}: the lazy list of schools. */
public class SchoolsPage extends SignedInPage {

    public SchoolsPage(WebDriver driver, String base) {
        super(driver, base);
        element("schools:table");
    }

    public static SchoolsPage open(WebDriver driver, String base) {
        driver.get(base + "organization/schools.xhtml");
        return new SchoolsPage(driver, base);
    }

    public SchoolPage newSchool() {
        clickAndWaitForNewPage("schools:newSchool");
        return new SchoolPage(driver, base);
    }

    /** Types into the code column's filter and waits for the table to show the filtered rows. */
    public SchoolsPage filterByCode(String code) {
        WebElement filter = driver.findElement(By.cssSelector("[id='schools:table:code:filter']"));
        filter.clear();
        filter.sendKeys(code);
        // the table is rendered anew while the filter applies: a row read meanwhile may be gone, so read again
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> codes().stream().allMatch(c -> c.contains(code.toUpperCase())));
        waitForAjax();
        return this;
    }

    public List<String> codes() {
        return driver.findElements(By.cssSelector("[id='schools:table_data'] > tr > td:first-child a")).stream()
                .map(WebElement::getText).toList();
    }

    public String emptyMessage() {
        return driver.findElement(By.cssSelector("[id='schools:table_data'] .ui-datatable-empty-message")).getText();
    }

    public boolean offersNewSchool() {
        return !driver.findElements(id("schools:newSchool")).isEmpty();
    }

    /** Pages forward through Ajax (used to meet an expired session). */
    public void nextPage() {
        driver.findElement(By.cssSelector("[id='schools:table_paginator_bottom'] .ui-paginator-next")).click();
    }
}
