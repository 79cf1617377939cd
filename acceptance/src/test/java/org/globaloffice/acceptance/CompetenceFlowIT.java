package org.globaloffice.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.globaloffice.acceptance.pages.CompetenceProgramPage;
import org.globaloffice.acceptance.pages.LoginPage;
import org.junit.jupiter.api.Test;

/**
 * The office runs a global competence program: creates it, adds a session with a foreign lecturer, enrols a teacher,
 * records that everybody attended, and the teacher completes — the totals say so, and the bilingual certificate
 * downloads with the teacher's name and hours in both languages.
 */
class CompetenceFlowIT extends BrowserTest {

    @Test
    void aTeacherWhoAttendsEveryHourCompletesAndGetsTheCertificate() throws Exception {
        LoginPage.open(driver, BASE).switchToEnglish().signInAs("office", "office-demo-2026");
        String title = "Teaching in English " + uniqueCode("W");
        int year = LocalDate.now().getYear();
        CompetenceProgramPage program = CompetenceProgramPage.openNew(driver, BASE)
                .fillIn(year, title, "Office of International Cooperation")
                .save();
        assertThat(program.total("totalSessions")).isEqualTo("0");

        program.openTab("Sessions").addSession("Lecturing to a bilingual class", LocalDate.now(), 4, "Room 301",
                "Dr. Helen Moore", "University of Leeds");
        assertThat(program.sessionsText()).contains("Lecturing to a bilingual class", "Dr. Helen Moore",
                "University of Leeds", "Room 301");
        assertThat(program.total("totalHours")).isEqualTo("4");

        program.openTab("Participants").enrol("T2021005");
        assertThat(program.participantsText()).contains("T2021005", "0 / ");
        assertThat(program.total("totalParticipants")).isEqualTo("1");
        assertThat(program.total("totalCompleted")).isEqualTo("0");

        program.openTab("Attendance").recordFullAttendance("Lecturing to a bilingual class");
        assertThat(program.attendanceMessages()).contains("1 changes saved");
        assertThat(program.total("totalCompleted")).as("4 of 4 hours: completed").isEqualTo("1");

        program = program.reload().openTab("Participants");
        assertThat(program.participantsText()).contains("T2021005", "4 / ", "Completed");

        var before = downloaded();
        program.downloadFirstCertificate();
        Path certificate = awaitDownload(before);
        assertThat(certificate.getFileName().toString()).isEqualTo("certificate-" + year + "-T2021005.pdf");
        try (PDDocument pdf = Loader.loadPDF(certificate.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text.replaceAll("\\s+", "")).as("Chinese wraps anywhere").contains("结业证书", "准予结业",
                    "出勤4学时");
            assertThat(text.replaceAll("\\s+", " ")).contains("Certificate of Completion", "T2021005", title,
                    "attended 4 of the 4 teaching hours");
        }
    }
}
