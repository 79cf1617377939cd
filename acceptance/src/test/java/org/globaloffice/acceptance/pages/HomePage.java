package org.globaloffice.acceptance.pages;

import org.openqa.selenium.WebDriver;

/** {@code index.xhtml}: the start page. */
public class HomePage extends SignedInPage {

    public HomePage(WebDriver driver, String base) {
        super(driver, base);
        element("figureSchools");
    }

    public int schoolCount() {
        return Integer.parseInt(element("figureSchools").getText().trim());
    }
}
