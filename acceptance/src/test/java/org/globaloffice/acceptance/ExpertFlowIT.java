package org.globaloffice.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.globaloffice.acceptance.pages.ExpertPage;
import org.globaloffice.acceptance.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A school's liaison records a language-teacher candidate: invalid then valid input, the qualification check with
 * the 120-hour TEFL waiver, the first move along the pipeline; another school's liaison cannot open the record.
 */
class ExpertFlowIT extends BrowserTest {

    @Test
    void aLiaisonRecordsACandidateAndMovesThemOn() {
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
        String url = screened.currentUrl();

        screened.signOut().switchToEnglish().signInAs("liaison.cs", "liaison.cs-demo-2026");
        driver.get(url);
        assertThat(driver.findElement(By.id("pageTitle")).getText()).isEqualTo("Not found");
    }
}
