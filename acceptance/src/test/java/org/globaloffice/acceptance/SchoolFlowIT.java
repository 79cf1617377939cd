package org.globaloffice.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import org.globaloffice.acceptance.pages.AuditTrailPage;
import org.globaloffice.acceptance.pages.HomePage;
import org.globaloffice.acceptance.pages.LoginPage;
import org.globaloffice.acceptance.pages.SchoolPage;
import org.globaloffice.acceptance.pages.SchoolsPage;
import org.junit.jupiter.api.Test;

/**
 * The administrator's everyday flow: sign in, switch language, submit an invalid then a valid school, find it in
 * the list and in the audit trail, sign out.
 */
class SchoolFlowIT extends BrowserTest {

    @Test
    void signInSwitchLanguageAddASchoolFindItAndSignOut() {
        LoginPage login = LoginPage.open(driver, BASE);
        assertThat(login.signInButtonText()).isEqualTo("登录");
        login = login.switchToEnglish();
        assertThat(login.signInButtonText()).isEqualTo("Sign in");

        HomePage home = login.signInAs("admin", ADMIN_PASSWORD);
        assertThat(home.title()).isEqualTo("Home");
        assertThat(home.menuText()).contains("Organisation", "Audit trail", "Administration");
        home.switchLanguage("zh");
        home = new HomePage(driver, BASE);
        assertThat(home.title()).isEqualTo("首页");
        assertThat(home.menuText()).contains("组织机构", "审计日志");
        home.switchLanguage("en");
        home = new HomePage(driver, BASE);
        assertThat(home.title()).isEqualTo("Home");

        SchoolPage form = SchoolsPage.open(driver, BASE).newSchool();
        form.fill("not a code", "", "").saveFailing();
        assertThat(form.messageBeside("code")).contains("letters, digits and hyphens");
        assertThat(form.messageBeside("nameZh")).isEqualTo("Enter the Chinese name.");
        assertThat(form.messageBeside("nameEn")).isEqualTo("Enter the English name.");

        String code = uniqueCode("T");
        SchoolPage saved = form.fill(code.toLowerCase(), "测试学院", "School of Testing").save();
        assertThat(saved.title()).isEqualTo(code + " · 测试学院");
        assertThat(saved.growl()).contains("School " + code + " saved.");

        SchoolsPage list = SchoolsPage.open(driver, BASE).filterByCode(code);
        assertThat(list.codes()).containsExactly(code);

        AuditTrailPage trail = AuditTrailPage.openFor(driver, BASE, "School");
        assertThat(trail.rows()).anySatisfy(row -> assertThat(row).contains("admin", "Created", code, "School of Testing"));

        LoginPage afterSignOut = trail.signOut();
        assertThat(afterSignOut.signInButtonText()).isEqualTo("Sign in");
        driver.get(BASE + "organization/schools.xhtml");
        assertThat(new LoginPage(driver, BASE).currentUrl()).contains("login.xhtml");
    }

    @Test
    void aDuplicateCodeIsRefusedBesideTheFieldAndNothingIsSaved() {
        LoginPage.open(driver, BASE).signInAs("admin", ADMIN_PASSWORD);
        SchoolPage form = SchoolsPage.open(driver, BASE).newSchool();

        form.fill("FL", "重复学院", "Duplicate School").saveFailing();

        assertThat(form.messageBeside("code")).contains("FL");
        assertThat(SchoolsPage.open(driver, BASE).filterByCode("FL").codes()).containsExactly("FL");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        LoginPage login = LoginPage.open(driver, BASE).switchToEnglish().signInFailing("office", "not-the-password");

        assertThat(login.messages()).contains("Wrong username or password");
    }
}
