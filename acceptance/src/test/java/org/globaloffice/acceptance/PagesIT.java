package org.globaloffice.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.globaloffice.acceptance.pages.LoginPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** Every page a role's menu offers opens for that role, in both languages, without an error page. */
class PagesIT extends BrowserTest {

    /** The first demo teacher (Emma Clarke, School of Foreign Languages): EclipseLink hands out ids from 1. */
    private static final long DEMO_EXPERT = 1;

    /** The demo program of the School of Foreign Languages, the first one saved. */
    private static final long DEMO_PROGRAM = 1;

    /** The first demo faculty member (T2021001, School of Foreign Languages) and the first demo visit (a draft). */
    private static final long DEMO_MEMBER = 1;
    private static final long DEMO_VISIT = 1;

    private static final List<String> READ_BY_ALL = List.of("faculty/members.xhtml",
            "faculty/member.xhtml?id=" + DEMO_MEMBER, "faculty/visits.xhtml", "faculty/visits.xhtml?overdue=true",
            "faculty/visit.xhtml?id=" + DEMO_VISIT, "faculty/overseas.xhtml", "faculty/tutors.xhtml",
            "faculty/settings.xhtml", "faculty/competence-programs.xhtml", "faculty/competence-program.xhtml?id=1",
            "faculty/competence-totals.xhtml", "faculty/language-classes.xhtml", "faculty/language-class.xhtml?id=1",
            "faculty/language-assessments.xhtml", "reporting/reports.xhtml");

    private static final List<String> OPENED_BY_EDITORS = List.of("faculty/member.xhtml", "faculty/visit.xhtml",
            "faculty/import.xhtml");

    private static List<String> with(List<String> pages, List<String> more) {
        return java.util.stream.Stream.concat(pages.stream(), more.stream()).toList();
    }

    private static final Map<String, List<String>> PAGES = Map.of(
            "admin", with(List.of("index.xhtml", "reporting/dashboard.xhtml", "organization/schools.xhtml", "organization/school.xhtml",
                    "organization/disciplines.xhtml", "organization/discipline.xhtml", "admin/users.xhtml",
                    "admin/user.xhtml", "admin/user.xhtml?id=1", "audit/trail.xhtml", "foreignteacher/experts.xhtml",
                    "foreignteacher/expert.xhtml", "foreignteacher/alerts.xhtml", "foreignteacher/coverage.xhtml",
                    "foreignteacher/policy.xhtml", "foreignteacher/import.xhtml",
                    "cooperation/programs.xhtml", "cooperation/program.xhtml", "cooperation/program.xhtml?id=" + DEMO_PROGRAM,
                    "partner/partners.xhtml", "partner/partner.xhtml", "partner/partner.xhtml?id=1", "cooperation/settings.xhtml"), with(READ_BY_ALL, OPENED_BY_EDITORS)),
            "office", with(List.of("index.xhtml", "reporting/dashboard.xhtml", "organization/schools.xhtml", "organization/disciplines.xhtml",
                    "organization/discipline.xhtml", "audit/trail.xhtml", "foreignteacher/experts.xhtml",
                    "foreignteacher/expert.xhtml", "foreignteacher/expert.xhtml?id=" + DEMO_EXPERT,
                    "foreignteacher/alerts.xhtml", "foreignteacher/coverage.xhtml", "foreignteacher/policy.xhtml",
                    "foreignteacher/import.xhtml", "cooperation/programs.xhtml", "cooperation/program.xhtml", "cooperation/program.xhtml?id=" + DEMO_PROGRAM,
                    "partner/partners.xhtml", "partner/partner.xhtml", "partner/partner.xhtml?id=1", "cooperation/settings.xhtml"), with(READ_BY_ALL, OPENED_BY_EDITORS)),
            "liaison", with(List.of("index.xhtml", "organization/schools.xhtml", "organization/disciplines.xhtml",
                    "organization/discipline.xhtml", "foreignteacher/experts.xhtml", "foreignteacher/expert.xhtml",
                    "foreignteacher/expert.xhtml?id=" + DEMO_EXPERT, "foreignteacher/alerts.xhtml",
                    "foreignteacher/coverage.xhtml", "foreignteacher/policy.xhtml", "foreignteacher/import.xhtml",
                    "cooperation/programs.xhtml", "cooperation/program.xhtml", "cooperation/program.xhtml?id=" + DEMO_PROGRAM,
                    "partner/partners.xhtml", "partner/partner.xhtml", "partner/partner.xhtml?id=1", "cooperation/settings.xhtml"), with(READ_BY_ALL, OPENED_BY_EDITORS)),
            "leader", with(List.of("index.xhtml", "reporting/dashboard.xhtml", "organization/schools.xhtml", "organization/disciplines.xhtml",
                    "foreignteacher/experts.xhtml", "foreignteacher/expert.xhtml?id=" + DEMO_EXPERT,
                    "foreignteacher/alerts.xhtml", "foreignteacher/coverage.xhtml", "foreignteacher/policy.xhtml",
                    "cooperation/programs.xhtml", "cooperation/program.xhtml?id=" + DEMO_PROGRAM,
                    "partner/partners.xhtml", "partner/partner.xhtml?id=1", "cooperation/settings.xhtml"), READ_BY_ALL),
            "auditor", with(List.of("index.xhtml", "reporting/dashboard.xhtml", "organization/schools.xhtml", "organization/disciplines.xhtml",
                    "audit/trail.xhtml", "foreignteacher/experts.xhtml", "foreignteacher/expert.xhtml?id=" + DEMO_EXPERT,
                    "foreignteacher/alerts.xhtml", "foreignteacher/coverage.xhtml", "foreignteacher/policy.xhtml",
                    "cooperation/programs.xhtml", "cooperation/program.xhtml?id=" + DEMO_PROGRAM,
                    "partner/partners.xhtml", "partner/partner.xhtml?id=1", "cooperation/settings.xhtml"), READ_BY_ALL));

    @ParameterizedTest
    @ValueSource(strings = {"admin", "office", "liaison", "leader", "auditor"})
    void everyPageOfTheRoleOpens(String username) {
        LoginPage login = LoginPage.open(driver, BASE);
        login.signInAs(username, "admin".equals(username) ? ADMIN_PASSWORD : username + "-demo-2026");

        for (String page : PAGES.get(username)) {
            driver.get(BASE + page);
            String title = driver.findElement(By.id("pageTitle")).getText();
            assertThat(title).as(page + " for " + username).isNotBlank()
                    .isNotIn("出现错误", "Something went wrong", "未找到", "Not found", "无权访问", "Not allowed");
            assertThat(driver.findElements(By.id("menuForm:menu"))).as(page).isNotEmpty();
            assertThat(driver.getPageSource()).as(page).doesNotContain("???");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"organization/school.xhtml", "organization/disciplines.xhtml", "audit/trail.xhtml"})
    void aSchoolsPagesAreInEnglishToo(String page) {
        LoginPage.open(driver, BASE).switchToEnglish().signInAs("office", "office-demo-2026");
        driver.get(BASE + page + ("organization/school.xhtml".equals(page) ? "?id=1" : ""));

        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("???")
                .containsAnyOf("Code", "Time", "School");
    }
}
