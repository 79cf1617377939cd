package org.globaloffice.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.globaloffice.acceptance.pages.LoginPage;
import org.globaloffice.acceptance.pages.VisitPage;
import org.junit.jupiter.api.Test;

/**
 * A school's liaison applies for a teacher's conference trip and sends it; the school leader approves it with a
 * comment, then the office; back home, the liaison files the return report; the leader evaluates it with a rating
 * and feedback. Each user sees only the step that is theirs.
 */
class VisitFlowIT extends BrowserTest {

    @Test
    void aVisitGoesFromApplicationThroughBothApprovalsToReportAndEvaluation() {
        LocalDate today = LocalDate.now();
        LoginPage.open(driver, BASE).switchToEnglish().signInAs("liaison", "liaison-demo-2026");
        VisitPage visit = VisitPage.openNew(driver, BASE)
                .chooseTraveller("T2021025")
                .chooseType("International conference")
                .fillIn("DE", "Universität Heidelberg", "Paper on corpus linguistics", today.minusDays(12),
                        today.minusDays(8), "School research fund")
                .saveDraft();
        assertThat(visit.state()).isEqualTo("Draft");
        String url = visit.currentUrl();
        assertThat(url).contains("visit.xhtml?id=");

        visit = visit.submit();
        assertThat(visit.state()).isEqualTo("Awaiting the school leader");
        assertThat(visit.offersStep("steps:approve")).as("nobody approves their own").isFalse();

        visit.signOut().switchToEnglish().signInAs("leader", "leader-demo-2026");
        visit = VisitPage.open(driver, BASE, url).approve("Agreed: present the school's corpus work");
        assertThat(visit.state()).isEqualTo("Awaiting the office");
        assertThat(visit.progress()).contains("School leader: leader", "Agreed: present the school's corpus work");
        assertThat(visit.offersStep("steps:approve")).as("the leader's step is done").isFalse();

        visit.signOut().switchToEnglish().signInAs("office", "office-demo-2026");
        visit = VisitPage.open(driver, BASE, url).approve("");
        assertThat(visit.state()).isEqualTo("Approved");
        assertThat(visit.progress()).contains("Office: office");

        visit.signOut().switchToEnglish().signInAs("liaison", "liaison-demo-2026");
        visit = VisitPage.open(driver, BASE, url).fileReport("Presented the paper; two universities asked to cooperate.");
        assertThat(visit.state()).isEqualTo("Report filed");
        assertThat(visit.progress()).contains("two universities asked to cooperate");

        visit.signOut().switchToEnglish().signInAs("leader", "leader-demo-2026");
        visit = VisitPage.open(driver, BASE, url).evaluate(5, "Well prepared; share the contacts with the school.");
        assertThat(visit.state()).isEqualTo("Evaluated");
        assertThat(visit.progress()).contains("Evaluation and feedback (leader", "share the contacts with the school");
    }
}
