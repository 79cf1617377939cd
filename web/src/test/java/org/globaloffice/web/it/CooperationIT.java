package org.globaloffice.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cooperative programs through the real services: a school's program is not found for another school's liaison,
 * for reading and for changing its curriculum; every change of a curriculum that moves its four one-thirds result
 * is kept, in the same transaction, and one that does not move it adds nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CooperationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(WriteHarness.class);
    }

    @ArquillianResource
    URL base;

    private long schoolId(String code) {
        return Api.demo(base, "office").get("/api/v1/schools?code=" + code).json().getJsonArray("rows")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long newProgram(String liaison, String school) {
        int n = new Random().nextInt(1_000_000);
        var partner = Api.demo(base, liaison).post("/api/test/partners", Map.of("nameOriginal", "University " + n,
                "nameZh", "大学" + n, "country", "gb"));
        assertThat(partner.status()).as(partner.body()).isEqualTo(200);
        var program = Api.demo(base, liaison).post("/api/test/programs", Map.of("schoolId", schoolId(school),
                "approval", "MOE" + n, "partnerId", partner.json().getJsonNumber("id").longValue()));
        assertThat(program.status()).as(program.body()).isEqualTo(200);
        return program.json().getJsonNumber("id").longValue();
    }

    private Api.Response addCourse(String user, long program, String code, boolean core, boolean introduced,
            int partnerHours, int chineseHours) {
        return Api.demo(base, user).post("/api/test/programs/" + program + "/courses", Map.of("year", 2026,
                "code", code, "core", core, "introduced", introduced, "partnerHours", partnerHours,
                "chineseHours", chineseHours));
    }

    @Test
    void anotherSchoolsLiaisonCannotSeeOrChangeAProgram() {
        long program = newProgram("liaison", "FL");
        assertThat(addCourse("liaison", program, "ENG101", true, true, 32, 0).status()).isEqualTo(200);
        Api other = Api.demo(base, "liaison.cs");

        for (String path : new String[] {"", "/curricula/2026", "/curricula/2026/four-thirds", "/compliance-history"}) {
            assertThat(other.get("/api/v1/cooperative-programs/" + program + path).status()).as(path).isEqualTo(404);
            assertThat(Api.demo(base, "liaison").get("/api/v1/cooperative-programs/" + program + path).status())
                    .as(path).isEqualTo(200);
        }
        assertThat(addCourse("liaison.cs", program, "CS101", true, true, 32, 0).status()).isEqualTo(404);
        assertThat(other.delete("/api/test/programs/" + program + "/courses/ENG101", Map.of("year", 2026)).status())
                .isEqualTo(404);
        assertThat(other.get("/api/v1/cooperative-programs?size=500").body()).doesNotContain("\"id\":" + program + ",");
        assertThat(addCourse("auditor", program, "AUD101", true, true, 32, 0).status()).isEqualTo(403);
        assertThat(Api.demo(base, "auditor").get("/api/v1/cooperative-programs/" + program).status()).isEqualTo(200);

        var intoOtherSchool = Api.demo(base, "liaison").post("/api/test/programs", Map.of("schoolId", schoolId("CS"),
                "approval", "MOE-X" + program, "partnerId", 1));
        assertThat(intoOtherSchool.status()).isEqualTo(404);
    }

    @Test
    void everyChangeThatMovesTheResultIsKeptAndExactlyAThirdComplies() {
        long program = newProgram("liaison", "FL");
        assertThat(addCourse("liaison", program, "A", true, true, 32, 0).json().getBoolean("compliant")).isTrue();
        assertThat(addCourse("liaison", program, "B", true, false, 0, 32).json().getBoolean("compliant")).isTrue();
        assertThat(addCourse("liaison", program, "C", true, false, 0, 32).json().getBoolean("compliant"))
                .as("1/3 of courses, core courses, partner core courses and core hours").isTrue();

        assertThat(addCourse("liaison", program, "D", true, false, 0, 32).json().getBoolean("compliant"))
                .as("1/4").isFalse();
        JsonObject check = Api.demo(base, "liaison")
                .get("/api/v1/cooperative-programs/" + program + "/curricula/2026/four-thirds").json();
        assertThat(check.getBoolean("compliant")).isFalse();
        assertThat(check.getJsonArray("shares").getJsonObject(0).getString("status")).isEqualTo("SHORT");
        assertThat(check.getJsonArray("shares").getJsonObject(0).getJsonArray("fixes")).isNotEmpty();
        assertThat(check.getJsonArray("shares").getJsonObject(3).getJsonNumber("denominator").longValue())
                .isEqualTo(128);

        var history = Api.demo(base, "auditor")
                .get("/api/v1/cooperative-programs/" + program + "/compliance-history").jsonArray();
        assertThat(history).hasSize(4);
        assertThat(history.getJsonObject(0).getBoolean("compliant")).isFalse();
        assertThat(history.getJsonObject(0).getString("recordedBy")).isEqualTo("liaison");
        assertThat(history.getJsonObject(1).getBoolean("compliant")).isTrue();

        assertThat(Api.demo(base, "liaison").delete("/api/test/programs/" + program + "/courses/D",
                Map.of("year", 2026)).json().getBoolean("compliant")).isTrue();
        assertThat(Api.demo(base, "auditor").get("/api/v1/cooperative-programs/" + program + "/compliance-history")
                .jsonArray()).as("the deletion moved it back: kept too").hasSize(5);
    }

    @Test
    void aCurriculumWithoutCoreCoursesDoesNotComply() {
        long program = newProgram("liaison", "FL");
        assertThat(addCourse("liaison", program, "GEN1", false, true, 32, 0).json().getBoolean("compliant")).isFalse();
        JsonObject check = Api.demo(base, "liaison")
                .get("/api/v1/cooperative-programs/" + program + "/curricula/2026/four-thirds").json();
        assertThat(check.getJsonArray("shares").getJsonObject(0).getString("status")).isEqualTo("MET");
        assertThat(check.getJsonArray("shares").getJsonObject(1).getString("status")).isEqualTo("NOT_APPLICABLE");
    }

    private String flags(String user, long program) {
        return Api.demo(base, user).get("/api/v1/cooperative-programs/" + program + "/risk-flags").body();
    }

    @Test
    void theFileClearsTheRiskFlagsOneByOne() {
        long program = newProgram("liaison", "FL");
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        // a program first enrolling in 2024 (newProgram): the reports of the two years before this one due, three
        // years without enrolment, no training this year, no curriculum checked yet
        assertThat(flags("liaison", program)).contains("NO_ANNUAL_REPORT", "NO_ENROLMENT", "NO_TEACHER_TRAINING")
                .doesNotContain("BELOW_ONE_THIRD", "AGREEMENT");
        assertThat(flags("liaison.cs", program)).contains("\"status\":404");

        assertThat(addCourse("liaison", program, "X1", true, false, 0, 32).json().getBoolean("compliant")).isFalse();
        assertThat(flags("liaison", program)).contains("BELOW_ONE_THIRD");

        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var report = Api.demo(base, "liaison").postBytes("/api/test/programs/" + program + "/reports",
                Map.of("year", year - 1), pdf);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(Api.demo(base, "liaison").postBytes("/api/test/programs/" + program + "/reports",
                Map.of("year", year - 1), pdf).status()).as("one report a year").isEqualTo(409);
        assertThat(Api.demo(base, "liaison").post("/api/test/programs/" + program + "/trainings",
                Map.of("heldOn", year + "-03-15")).status()).isEqualTo(200);
        assertThat(Api.demo(base, "liaison").post("/api/test/programs/" + program + "/enrolments",
                Map.of("year", year, "actual", 45)).status()).isEqualTo(200);

        assertThat(flags("liaison", program)).doesNotContain("NO_ANNUAL_REPORT", "NO_ENROLMENT", "NO_TEACHER_TRAINING")
                .contains("BELOW_ONE_THIRD");
        assertThat(Api.demo(base, "auditor").get("/api/v1/cooperative-programs/" + program + "/annual-reports").body())
                .contains("SUBMITTED", "report-" + (year - 1) + ".pdf");
        assertThat(Api.demo(base, "auditor").get("/api/v1/cooperative-programs/" + program + "/teacher-trainings")
                .body()).contains("Jane Doe", "王老师");
        assertThat(Api.demo(base, "liaison.cs").post("/api/test/programs/" + program + "/trainings",
                Map.of("heldOn", year + "-03-16")).status()).isEqualTo(404);
    }
}
