package org.globaloffice.acceptance.pages;

import org.openqa.selenium.WebDriver;

/** {@code login.xhtml}. */
public class LoginPage extends Page {

    public LoginPage(WebDriver driver, String base) {
        super(driver, base);
        element("login:signIn");
    }

    public static LoginPage open(WebDriver driver, String base) {
        driver.get(base + "login.xhtml");
        return new LoginPage(driver, base);
    }

    public LoginPage switchToEnglish() {
        clickAndWaitForNewPage("languageForm:langEn");
        return new LoginPage(driver, base);
    }

    public HomePage signInAs(String username, String password) {
        submit(username, password);
        return new HomePage(driver, base);
    }

    public LoginPage signInFailing(String username, String password) {
        submit(username, password);
        return new LoginPage(driver, base);
    }

    private void submit(String username, String password) {
        type("login:username", username);
        type("login:password", password);
        clickAndWaitForNewPage("login:signIn");
    }

    public String messages() {
        return element("login:messages").getText();
    }

    public String signInButtonText() {
        return element("login:signIn").getText();
    }
}
