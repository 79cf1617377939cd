package org.globaloffice.acceptance.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code audit/trail.xhtml}: the audit trail, newest first. */
public class AuditTrailPage extends SignedInPage {

    public AuditTrailPage(WebDriver driver, String base) {
        super(driver, base);
        element("trail:table");
    }

    public static AuditTrailPage openFor(WebDriver driver, String base, String entityType) {
        driver.get(base + "audit/trail.xhtml?type=" + entityType);
        return new AuditTrailPage(driver, base);
    }

    public List<String> rows() {
        return driver.findElements(By.cssSelector("[id='trail:table_data'] > tr")).stream()
                .map(WebElement::getText).toList();
    }
}
