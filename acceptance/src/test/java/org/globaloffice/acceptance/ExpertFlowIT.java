package org.globaloffice.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import org.globaloffice.acceptance.pages.ExpertPage;
import org.globaloffice.acceptance.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A school's liaison records a language-teacher candidate: invalid then valid input, the qualification check with
 * the 120-hour TEFL waiver, the moves along the pipeline to on board, a refused and an accepted document with its
 * scan, a teaching assignment, an evaluation, the history and the alert the visa raises; another school's liaison
 * cannot open the record.
 */
class ExpertFlowIT extends BrowserTest {

    @Test
    void aLiaisonRecordsACandidateAndMovesThemOn(@TempDir Path folder) throws IOException {
        Path scan = Files.write(folder.resolve("z-visa.pdf"),
                "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        LoginPage.open(driver, BASE).switchToEnglish().signInAs("liaison", "liaison-demo-2026");
        ExpertPage form = ExpertPage.openNew(driver, BASE);

        form.saveFailing();
        assertThat(form.messageBeside("nativeName")).isEqualTo("Enter the name as in the passport.");
        assertThat(form.messageBeside("passport")).isEqualTo("Enter the passport number.");

        String passport = "P" + (10_000_000 + new Random().nextInt(89_999_999));
        ExpertPage saved = form.fill("Emma Brown", "gb", "1992-03-14", passport, 120)
                .setLanguages("en", "en").chooseLanguageTeacherCategory().save();

        assertThat(saved.title()).isEqualTo("Emma Brown");
        assertThat(saved.maskedPassport()).isEqualTo("••••" + passport.substring(passport.length() - 4));
        assertThat(saved.stage()).isEqualTo("Candidate");
        assertThat(saved.qualification()).startsWith("Qualifies");
        assertThat(saved.requirements()).contains("TEFL/TESOL course of 120 hours");

        ExpertPage screened = saved.moveTo("Screened");
        assertThat(screened.stage()).isEqualTo("Screened");
        ExpertPage onBoard = screened.moveTo("Offered").moveTo("Permit in progress").moveTo("On board");
        assertThat(onBoard.stage()).isEqualTo("On board");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        onBoard.fileDocument("Health check certificate", "HC-1", today.minusMonths(7).toString(),
                today.plusYears(1).toString(), scan);
        assertThat(onBoard.documentMessage("issued")).startsWith("Issued more than 6 months ago");
        assertThat(onBoard.documentsTable()).doesNotContain("HC-1");

        onBoard.cancelDocument();
        onBoard.fileDocument("Z visa", "ZV-2026-01", today.minusDays(40).toString(),
                today.plusDays(20).toString(), scan);
        assertThat(onBoard.documentsTable()).contains("Z visa", "ZV-2026-01", scan.getFileName().toString());

        onBoard.addTeaching("Academic English", 64, true);
        assertThat(onBoard.teachingTable()).contains("Academic English", "64", "Yes");

        onBoard.addEvaluation("92.5", "88", "90", "Well prepared classes");
        assertThat(onBoard.evaluationsTable()).contains("92.5", "Well prepared classes");

        assertThat(onBoard.history()).contains("Document", "Teaching", "Evaluation", "Stage");
        driver.navigate().refresh();
        ExpertPage reloaded = new ExpertPage(driver, BASE);
        assertThat(reloaded.alerts()).contains("Z visa expires");
        String url = reloaded.currentUrl();

        reloaded.signOut().switchToEnglish().signInAs("liaison.cs", "liaison.cs-demo-2026");
        driver.get(url);
        assertThat(driver.findElement(By.id("pageTitle")).getText()).isEqualTo("Not found");
    }
}
