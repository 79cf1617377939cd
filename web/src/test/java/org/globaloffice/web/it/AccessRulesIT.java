package org.globaloffice.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access rules of shared/domain.md, through the real identity store, roles and school scoping: a LIAISON
 * reaches only their own school (another school's record is "not found", for reading and for changing), an AUDITOR
 * or LEADER changes nothing, and sign-in failures lock an account.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessRulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(WriteHarness.class);
    }

    @ArquillianResource
    URL base;

    private long schoolId(String code) {
        return Api.demo(base, "office").get("/api/v1/schools?code=" + code).json()
                .getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long firstDisciplineOf(String code) {
        return Api.demo(base, "office").get("/api/v1/schools/" + schoolId(code) + "/disciplines").jsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void aLiaisonSeesOnlyTheirOwnSchool() {
        Api liaison = Api.demo(base, "liaison");

        var schools = liaison.get("/api/v1/schools").json();
        assertThat(schools.getInt("total")).isEqualTo(1);
        assertThat(schools.getJsonArray("rows").getJsonObject(0).getString("code")).isEqualTo("FL");
        assertThat(liaison.get("/api/v1/schools/" + schoolId("FL")).status()).isEqualTo(200);
        assertThat(liaison.get("/api/v1/disciplines").json().getJsonArray("rows"))
                .allSatisfy(d -> assertThat(d.asJsonObject().getString("schoolCode")).isEqualTo("FL"));
    }

    @Test
    void keyDisciplinesCanBeListedAlone() {
        var key = Api.demo(base, "office").get("/api/v1/disciplines?key=true&size=100").json();
        var all = Api.demo(base, "office").get("/api/v1/disciplines?size=100").json();

        assertThat(key.getInt("total")).isPositive().isLessThan(all.getInt("total"));
        assertThat(key.getJsonArray("rows")).allSatisfy(d -> assertThat(d.asJsonObject().getBoolean("keyDiscipline")).isTrue());
    }

    @Test
    void anotherSchoolsRecordIsNotFoundForALiaison() {
        Api liaison = Api.demo(base, "liaison");
        long computerScience = schoolId("CS");
        long csDiscipline = firstDisciplineOf("CS");

        assertThat(liaison.get("/api/v1/schools/" + computerScience).status()).isEqualTo(404);
        assertThat(liaison.get("/api/v1/schools/" + computerScience + "/disciplines").status()).isEqualTo(404);
        assertThat(liaison.get("/api/v1/disciplines/" + csDiscipline).status()).isEqualTo(404);
        assertThat(Api.demo(base, "office").get("/api/v1/disciplines/" + csDiscipline).status()).isEqualTo(200);
    }

    @Test
    void aLiaisonCannotChangeOrAddToAnotherSchool() {
        Api liaison = Api.demo(base, "liaison");
        long csDiscipline = firstDisciplineOf("CS");
        String before = Api.demo(base, "office").get("/api/v1/disciplines/" + csDiscipline).json().getString("nameEn");

        assertThat(liaison.put("/api/test/disciplines/" + csDiscipline, Map.of("nameEn", "Taken over")).status())
                .isEqualTo(404);
        assertThat(liaison.delete("/api/test/disciplines/" + csDiscipline, Map.of()).status()).isEqualTo(404);
        assertThat(liaison.post("/api/test/disciplines", Map.of("schoolId", schoolId("CS"), "code", "9901",
                "nameZh", "越权", "nameEn", "Overreach")).status()).isEqualTo(404);
        assertThat(Api.demo(base, "office").get("/api/v1/disciplines/" + csDiscipline).json().getString("nameEn"))
                .isEqualTo(before);
    }

    @Test
    void aLiaisonManagesTheirOwnSchoolsDisciplines() {
        Api liaison = Api.demo(base, "liaison");
        String code = "L" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        var created = liaison.post("/api/test/disciplines", Map.of("schoolId", schoolId("FL"), "code", code,
                "nameZh", "语言学", "nameEn", "Linguistics"));
        assertThat(created.status()).isEqualTo(200);
        long id = created.json().getJsonNumber("id").longValue();

        assertThat(liaison.put("/api/test/disciplines/" + id, Map.of("nameEn", "Linguistics and Applied Linguistics"))
                .status()).isEqualTo(200);
        assertThat(liaison.get("/api/v1/disciplines/" + id).json().getString("nameEn"))
                .isEqualTo("Linguistics and Applied Linguistics");
    }

    @Test
    void anAuditorAndALeaderReadEverythingButChangeNothing() {
        long csDiscipline = firstDisciplineOf("CS");
        for (String reader : new String[] {"auditor", "leader"}) {
            Api api = Api.demo(base, reader);
            assertThat(api.get("/api/v1/schools").json().getInt("total")).isGreaterThanOrEqualTo(12);
            assertThat(api.get("/api/v1/disciplines/" + csDiscipline).status()).isEqualTo(200);
            assertThat(api.put("/api/test/disciplines/" + csDiscipline, Map.of("nameEn", "Changed")).status())
                    .isEqualTo(403);
            assertThat(api.post("/api/test/schools", Map.of("code", "ZZ9", "nameZh", "甲", "nameEn", "A")).status())
                    .isEqualTo(403);
        }
    }

    @Test
    void onlyAnAdministratorCreatesSchools() {
        assertThat(Api.demo(base, "office").post("/api/test/schools",
                Map.of("code", "ZZ8", "nameZh", "甲", "nameEn", "A")).status()).isEqualTo(403);
        String code = "Z" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertThat(Api.as(base, "admin", Deployments.ADMIN_PASSWORD).post("/api/test/schools",
                Map.of("code", code, "nameZh", "新学院", "nameEn", "New School")).status()).isEqualTo(200);
    }

    @Test
    void onlyAnAdministratorManagesAccounts() {
        for (String other : new String[] {"office", "liaison", "leader", "auditor"}) {
            assertThat(Api.demo(base, other).post("/api/test/users",
                    Map.of("username", "x" + other, "role", "AUDITOR", "password", "long-enough-password")).status())
                    .as(other).isEqualTo(403);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        var cookie = Api.anonymous(base).cookieOf("/login.xhtml");

        assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void noSignInNoData() {
        assertThat(Api.anonymous(base).get("/api/v1/schools").status()).isEqualTo(401);
        assertThat(Api.as(base, "office", "wrong-password").get("/api/v1/schools").status()).isEqualTo(401);
        assertThat(Api.as(base, "nobody", "whatever-password").get("/api/v1/schools").status()).isEqualTo(401);
    }

    @Test
    void fiveFailedSignInsInARowLockAnAccountEvenAgainstTheRightPassword() {
        String username = "lock" + UUID.randomUUID().toString().substring(0, 6);
        String password = "right-password-1";
        assertThat(Api.as(base, "admin", Deployments.ADMIN_PASSWORD).post("/api/test/users",
                Map.of("username", username, "role", "AUDITOR", "password", password)).status()).isEqualTo(200);

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(Api.as(base, username, "wrong-" + attempt).get("/api/v1/me").status()).isEqualTo(401);
        }
        assertThat(Api.as(base, username, password).get("/api/v1/me").status())
                .as("four failures do not lock").isEqualTo(200);

        for (int attempt = 1; attempt <= 5; attempt++) {
            Api.as(base, username, "wrong-again-" + attempt).get("/api/v1/me");
        }
        assertThat(Api.as(base, username, password).get("/api/v1/me").status())
                .as("locked: even the right password is refused").isEqualTo(401);
    }
}
