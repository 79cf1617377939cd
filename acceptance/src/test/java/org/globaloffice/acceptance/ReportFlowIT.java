package org.globaloffice.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.globaloffice.acceptance.pages.LoginPage;
import org.globaloffice.acceptance.pages.ReportsPage;
import org.junit.jupiter.api.Test;

/**
 * An auditor makes the foreign-teacher roster as CSV, downloads it, downloads it again from the archive, and gets
 * the same file — the same SHA-256 as the page shows — with the content checksum on its face and no salary in it.
 * A report asked for while others are being made waits its turn, the page says so, and shows it once made.
 */
class ReportFlowIT extends BrowserTest {

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void anAuditorMakesAReportAndDownloadsTheSameFileAgainFromTheArchive() throws Exception {
        LoginPage.open(driver, BASE).switchToEnglish().signInAs("auditor", "auditor-demo-2026");
        ReportsPage reports = ReportsPage.open(driver, BASE)
                .chooseReport("Foreign teachers and experts: roster with permit and document validity")
                .chooseFormat("CSV")
                .make();
        assertThat(Integer.parseInt(reports.madeRows())).isGreaterThanOrEqualTo(4);
        String fileChecksum = reports.madeFileChecksum();

        var before = downloaded();
        reports.downloadMade();
        Path first = awaitDownload(before);
        assertThat(sha256(first)).isEqualTo(fileChecksum);
        String csv = Files.readString(first, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains(reports.madeContentChecksum(), "Emma Clarke", "克拉克")
                .doesNotContain("216000");

        before = downloaded();
        reports.downloadNewestFromArchive();
        Path again = awaitDownload(before);
        assertThat(sha256(again)).as("the archive hands out the same bytes").isEqualTo(fileChecksum);
        assertThat(reports.verifyNewest()).contains("unchanged", fileChecksum);
        assertThat(reports.archiveText()).contains("auditor", "CSV");
    }

    @Test
    void aReportAskedForWhileOthersAreBeingMadeWaitsItsTurnAndThePageSaysSo() throws Exception {
        LoginPage.open(driver, BASE).switchToEnglish().signInAs("office", "office-demo-2026");
        ReportsPage reports = ReportsPage.open(driver, BASE)
                .chooseReport("Foreign teachers and experts: roster with permit and document validity")
                .chooseFormat("CSV");

        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("office:office-demo-2026"
                .getBytes(StandardCharsets.UTF_8));
        int year = java.time.LocalDate.now().getYear();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> asked = http.send(HttpRequest.newBuilder(URI.create(BASE + "api/v1/reports/AUDIT_TRAIL"
                    + "?format=PDF&window=CALENDAR_YEAR&year=" + year + "&language=en&wait=0"))
                    .header("Authorization", auth).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        }

        String waiting = reports.makeAndReadWhereItWaits();
        assertThat(waiting).contains("Your report waits for its turn", "being made");
        assertThat(reports.makeButtonEnabled()).as("no second request while one waits").isFalse();

        reports.awaitMade();
        assertThat(Integer.parseInt(reports.madeRows())).isGreaterThanOrEqualTo(4);
        assertThat(reports.makeButtonEnabled()).isTrue();
        assertThat(reports.archiveText()).contains("office", "CSV");
    }
}
