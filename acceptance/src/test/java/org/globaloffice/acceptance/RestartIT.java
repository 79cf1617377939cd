package org.globaloffice.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.globaloffice.acceptance.pages.LoginPage;
import org.globaloffice.acceptance.pages.SchoolsPage;
import org.junit.jupiter.api.Test;

/** The embedded database is a file: what was saved is still there after the server restarts. */
class RestartIT extends BrowserTest {

    @Test
    void aSavedSchoolSurvivesARestartOfTheServer() throws Exception {
        LoginPage.open(driver, BASE).switchToEnglish().signInAs("admin", ADMIN_PASSWORD);
        String code = uniqueCode("R");
        SchoolsPage.open(driver, BASE).newSchool().fill(code, "重启学院", "School of Restarts").save();

        restartServer();

        LoginPage.open(driver, BASE).switchToEnglish().signInAs("admin", ADMIN_PASSWORD);
        assertThat(SchoolsPage.open(driver, BASE).filterByCode(code).codes()).containsExactly(code);
    }

    private static void restartServer() throws Exception {
        Process restart = new ProcessBuilder("sh", property("globaloffice.asadmin"), "restart-domain",
                "--domaindir", property("globaloffice.domain-dir"), "cargo-domain")
                .inheritIO().start();
        assertThat(restart.waitFor()).as("asadmin restart-domain").isZero();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(BASE + "login.xhtml")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("GlobalOffice did not come back within 4 minutes of the restart");
    }
}
