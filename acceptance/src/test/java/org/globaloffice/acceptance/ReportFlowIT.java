package org.globaloffice.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.globaloffice.acceptance.pages.LoginPage;
import org.globaloffice.acceptance.pages.ReportsPage;
import org.junit.jupiter.api.Test;

/**
 * An auditor makes the foreign-teacher roster as CSV, downloads it, downloads it again from the archive, and gets
 * the same file — the same SHA-256 as the page shows — with the content checksum on its face and no salary in it.
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
}
