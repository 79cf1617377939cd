package org.globaloffice.acceptance;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A fresh headless Chromium for each test, against the EAR that Cargo deployed on Payara Server. A screenshot of the
 * last page of each test is kept under target/screenshots.
 */
abstract class BrowserTest {

    static final String BASE = property("globaloffice.url");
    static final String ADMIN_PASSWORD = property("globaloffice.admin-password");

    WebDriver driver;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--user-data-dir=" + tempProfile());
        driver = new ChromeDriver(options);
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws IOException {
        if (driver == null) {
            return;
        }
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = Path.of(property("globaloffice.screenshots"),
                    getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName() + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            driver.quit();
        }
    }

    static String uniqueCode(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
    }

    static String property(String name) {
        return Objects.requireNonNull(System.getProperty(name), name + " is set by the build (failsafe)");
    }

    private static String tempProfile() {
        try {
            return Files.createTempDirectory("globaloffice-chromium").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
