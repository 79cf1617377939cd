package org.globaloffice.acceptance.pages;

import org.openqa.selenium.WebDriver;

/** The layout around every page after sign-in: menu, language switch, sign-out. */
public abstract class SignedInPage extends Page {

    protected SignedInPage(WebDriver driver, String base) {
        super(driver, base);
        element("menuForm:menu");
        waitForAjax();
    }

    public String menuText() {
        return element("menuForm:menu").getText();
    }

    public String currentUser() {
        return element("currentUser").getText();
    }

    public void switchLanguage(String to) {
        clickAndWaitForNewPage("zh".equals(to) ? "menuForm:langZh" : "menuForm:langEn");
    }

    public LoginPage signOut() {
        clickAndWaitForNewPage("menuForm:signOut");
        return new LoginPage(driver, base);
    }
}
