package org.globaloffice.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.globaloffice.acceptance.pages.LoginPage;
import org.globaloffice.acceptance.pages.ProgramPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A school's liaison opens the demo program, whose curriculum misses the four one-thirds rule by one introduced core
 * course, reads the advice, marks a core course as introduced — the check turns compliant while the course is still
 * being edited — saves it, and finds the change in the compliance history and the badge in the program list.
 */
class CurriculumFlowIT extends BrowserTest {

    private static final long DEMO_PROGRAM = 1;

    @Test
    void aLiaisonEditsAFailingCurriculumUntilItComplies() {
        LoginPage.open(driver, BASE).switchToEnglish().signInAs("liaison", "liaison-demo-2026");
        ProgramPage program = ProgramPage.open(driver, BASE, DEMO_PROGRAM);

        assertThat(program.compliance()).isEqualTo("Not compliant");
        assertThat(program.shares()).contains("Introduced core courses of core courses", "1/4", "25.0%",
                "1 more introduced core course(s)");

        program.editCourse("ENG202").toggleIntroduced();
        assertThat(program.compliance()).as("recomputed before saving").isEqualTo("Compliant");
        assertThat(program.shares()).contains("2/4", "50.0%");

        program.saveCourse();
        assertThat(program.compliance()).isEqualTo("Compliant");
        assertThat(program.complianceHistory()).contains("liaison", "2/4", "Compliant", "Not compliant");

        driver.get(BASE + "cooperation/programs.xhtml");
        assertThat(driver.findElement(By.id("programs:table")).getText()).contains("Compliant");
    }
}
