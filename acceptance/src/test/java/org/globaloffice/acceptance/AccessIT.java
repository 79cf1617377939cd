package org.globaloffice.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.globaloffice.acceptance.pages.HomePage;
import org.globaloffice.acceptance.pages.LoginPage;
import org.globaloffice.acceptance.pages.SchoolsPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** What a school's liaison sees, and what an expired session does to a page. */
class AccessIT extends BrowserTest {

    @Test
    void aLiaisonSeesOnlyTheirSchoolAndNoAdministration() throws Exception {
        HomePage home = LoginPage.open(driver, BASE).switchToEnglish().signInAs("liaison", "liaison-demo-2026");

        assertThat(home.menuText()).doesNotContain("Administration").doesNotContain("Audit trail")
                .doesNotContain("Dashboard");
        assertThat(home.schoolCount()).isEqualTo(1);
        SchoolsPage schools = SchoolsPage.open(driver, BASE);
        assertThat(schools.codes()).containsExactly("FL");
        assertThat(schools.offersNewSchool()).isFalse();

        driver.get(BASE + "organization/school.xhtml?id=" + schoolIdAsOffice("CS"));
        assertThat(driver.findElement(By.id("pageTitle")).getText()).isEqualTo("Not found");
        driver.get(BASE + "admin/users.xhtml");
        assertThat(driver.findElement(By.id("pageTitle")).getText()).isEqualTo("Not allowed");
        driver.get(BASE + "reporting/dashboard.xhtml");
        assertThat(driver.findElement(By.id("pageTitle")).getText()).as("the figures are refused, not only the menu item")
                .isEqualTo("Not allowed");
    }

    @Test
    void theSessionIdChangesAtSignInAndSignOutEndsTheSession() {
        LoginPage login = LoginPage.open(driver, BASE);
        String before = driver.manage().getCookieNamed("JSESSIONID").getValue();

        HomePage home = login.signInAs("office", "office-demo-2026");
        String signedIn = driver.manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(signedIn).isNotEqualTo(before);

        home.signOut();
        driver.manage().addCookie(new org.openqa.selenium.Cookie("JSESSIONID", signedIn, "/globaloffice"));
        driver.get(BASE + "organization/schools.xhtml");
        assertThat(new LoginPage(driver, BASE).currentUrl()).as("the old session is gone").contains("login.xhtml");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteOnPayaraServer() throws Exception {
        String cookie = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("Set-Cookie").orElse("");

        assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void anExpiredSessionLeadsBackToSignInInsteadOfAnError() {
        LoginPage.open(driver, BASE).switchToEnglish().signInAs("office", "office-demo-2026");
        SchoolsPage schools = SchoolsPage.open(driver, BASE);

        driver.manage().deleteCookieNamed("JSESSIONID");
        schools.nextPage();

        LoginPage login = new LoginPage(driver, BASE);
        assertThat(login.currentUrl()).contains("login.xhtml");
    }

    private static long schoolIdAsOffice(String code) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "api/v1/schools?code=" + code))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("office:office-demo-2026".getBytes(StandardCharsets.UTF_8)))
                .build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        var matcher = Pattern.compile("\"id\":(\\d+)").matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
