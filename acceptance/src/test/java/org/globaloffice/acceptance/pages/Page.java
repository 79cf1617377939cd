package org.globaloffice.acceptance.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page offers a test: finding elements by their JSF client id and waiting for the page to settle. */
public abstract class Page {

    protected final WebDriver driver;
    protected final String base;

    protected Page(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    protected static By id(String clientId) {
        return By.id(clientId);
    }

    protected WebElement element(String clientId) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(id(clientId)));
    }

    protected void type(String clientId, String text) {
        WebElement input = element(clientId);
        input.clear();
        input.sendKeys(text);
    }

    protected void click(String clientId) {
        waiting().until(ExpectedConditions.elementToBeClickable(id(clientId))).click();
    }

    /** Clicks and waits until the browser has loaded another page. */
    protected void clickAndWaitForNewPage(String clientId) {
        WebElement html = driver.findElement(By.tagName("html"));
        click(clientId);
        waiting().until(ExpectedConditions.stalenessOf(html));
        waitForAjax();
    }

    /** Waits until PrimeFaces has no Ajax request running. */
    protected void waitForAjax() {
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Clicks beside every form (the footer) so that an open calendar closes, and waits until it has. */
    protected void closeCalendars() {
        WebElement footer = driver.findElement(By.cssSelector(".go-footer"));
        new Actions(driver).scrollToElement(footer).click(footer).perform();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-datepicker-panel")));
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public String title() {
        return element("pageTitle").getText();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }
}
