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

    /** Where the browser saves what the user downloads; a fresh folder for each test. */
    Path downloads;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        downloads = tempFolder("globaloffice-downloads");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--user-data-dir=" + tempFolder("globaloffice-chromium"));
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

    private static Path tempFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until a download other than {@code earlier} has been saved completely, and answers it. */
    Path awaitDownload(java.util.Set<Path> earlier) throws IOException, InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (java.time.Instant.now().isBefore(deadline)) {
            try (var files = Files.list(downloads)) {
                var done = files.filter(f -> !earlier.contains(f))
                        .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                        .filter(f -> !f.getFileName().toString().startsWith(".")).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Nothing was downloaded within 30 seconds");
    }

    java.util.Set<Path> downloaded() throws IOException {
        try (var files = Files.list(downloads)) {
            return files.collect(java.util.stream.Collectors.toSet());
        }
    }
}
