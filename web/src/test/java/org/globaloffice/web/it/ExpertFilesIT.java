package org.globaloffice.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Random;
import org.globaloffice.organization.entity.Semester;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A foreign teacher's file through the real services: documents with scans (checked by content, kept outside the web
 * root, downloadable only by who may see the teacher), contracts with the salary for the office only and renewals
 * tied to the annual assessment, the expiry alerts recomputed after each change and by the daily computation, the
 * semester coverage check and the history drawn from the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExpertFilesIT {

    private static final ZoneId UNIVERSITY = ZoneId.of("Asia/Shanghai");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(WriteHarness.class);
    }

    @ArquillianResource
    URL base;

    private static LocalDate today() {
        return LocalDate.now(UNIVERSITY);
    }

    private long schoolId(String code) {
        return Api.demo(base, "office").get("/api/v1/schools?code=" + code).json().getJsonArray("rows")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long newExpert() {
        var created = Api.demo(base, "liaison").post("/api/test/experts", Map.of("schoolId", schoolId("FL"),
                "nativeName", "Ruth Adams", "nationality", "ie", "birthDate", "1988-09-12",
                "passport", "F" + (10_000_000 + new Random().nextInt(89_999_999)), "teflHours", 120));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().getJsonNumber("id").longValue();
    }

    private Api.Response file(String user, long expertId, String type, LocalDate issued, LocalDate expires,
            String fileName, byte[] scan) {
        Map<String, Object> query = new java.util.HashMap<>(Map.of("type", type, "number", "N-" + type,
                "issued", issued, "fileName", fileName));
        if (expires != null) {
            query.put("expires", expires);
        }
        return Api.demo(base, user).postBytes("/api/test/experts/" + expertId + "/documents", query, scan);
    }

    private long storedScans() {
        return Api.demo(base, "office").get("/api/test/documents/stored").json().getJsonNumber("count").longValue();
    }

    @Test
    void aLiaisonOfAnotherSchoolCannotReadChangeOrDownloadTheFile() {
        long expert = newExpert();
        var filed = file("liaison", expert, "Z_VISA", today().minusDays(10), today().plusYears(1), "visa.pdf", PDF);
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        long document = filed.json().getJsonNumber("id").longValue();
        Api other = Api.demo(base, "liaison.cs");

        assertThat(other.get("/api/v1/foreign-experts/" + expert + "/documents").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/foreign-experts/documents/" + document + "/scan").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/foreign-experts/" + expert + "/contracts").status()).isEqualTo(404);
        assertThat(other.get("/api/v1/foreign-experts/" + expert + "/history").status()).isEqualTo(404);
        assertThat(file("liaison.cs", expert, "Z_VISA", today(), today().plusYears(1), "x.pdf", PDF).status())
                .isEqualTo(404);
        assertThat(other.delete("/api/test/documents/" + document, Map.of("version", 0)).status()).isEqualTo(404);
        assertThat(Api.demo(base, "liaison").get("/api/v1/foreign-experts/" + expert + "/documents").jsonArray())
                .hasSize(1);

        for (String reader : new String[] {"liaison", "office", "auditor"}) {
            var download = Api.demo(base, reader).get("/api/v1/foreign-experts/documents/" + document + "/scan");
            assertThat(download.status()).as(reader).isEqualTo(200);
            assertThat(download.contentType()).startsWith("application/pdf");
            assertThat(download.body()).startsWith("%PDF-1.4");
        }
    }

    @Test
    void aScanIsJudgedByItsContentAndARefusalKeepsNothing() {
        long expert = newExpert();
        long before = storedScans();

        var disguised = file("liaison", expert, "Z_VISA", today(), today().plusYears(1), "visa.pdf",
                "just some text, not a PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(disguised.status()).isEqualTo(422);
        assertThat(disguised.body()).contains("document.scan.type");

        var stale = file("liaison", expert, "HEALTH_CHECK", today().minusMonths(6).minusDays(1), null, "health.pdf",
                PDF);
        assertThat(stale.status()).isEqualTo(422);
        assertThat(stale.body()).contains("document.issued.tooOld");

        assertThat(Api.demo(base, "liaison").get("/api/v1/foreign-experts/" + expert + "/documents").jsonArray())
                .isEmpty();
        assertThat(storedScans()).as("no scan kept for a refused filing").isEqualTo(before);

        var fresh = file("liaison", expert, "HEALTH_CHECK", today().minusMonths(6), null, "health.pdf", PDF);
        assertThat(fresh.status()).as("exactly six months old is accepted").isEqualTo(200);
        assertThat(storedScans()).isEqualTo(before + 1);
        long id = fresh.json().getJsonNumber("id").longValue();
        assertThat(Api.demo(base, "liaison").delete("/api/test/documents/" + id,
                Map.of("version", fresh.json().getInt("version") - 1)).status()).as("an older version").isEqualTo(409);
        assertThat(storedScans()).isEqualTo(before + 1);
        assertThat(Api.demo(base, "liaison").delete("/api/test/documents/" + id,
                Map.of("version", fresh.json().getInt("version"))).status()).isEqualTo(200);
        assertThat(storedScans()).as("the scan goes with its document").isEqualTo(before);
    }

    private String alertsOf(String user, long expert) {
        return Api.demo(base, user).get("/api/v1/foreign-experts/" + expert + "/alerts").body();
    }

    @Test
    void theAlertsFollowTheFileAndTheLeadTime() {
        long expert = newExpert();
        LocalDate entry = today().minusDays(10);
        assertThat(Api.demo(base, "liaison").put("/api/test/experts/" + expert + "/entry", Map.of("date", entry))
                .status()).isEqualTo(200);

        String afterEntry = alertsOf("liaison", expert);
        assertThat(afterEntry).contains("\"documentType\":\"WORK_PERMIT\"", "\"dueOn\":\"" + entry.plusDays(15) + "\"",
                "\"documentType\":\"RESIDENCE_PERMIT\"", "\"dueOn\":\"" + entry.plusDays(30) + "\"",
                "DUE_AFTER_ENTRY");

        assertThat(file("liaison", expert, "WORK_PERMIT", today(), today().plusYears(1), "permit.pdf", PDF).status())
                .isEqualTo(200);
        assertThat(file("liaison", expert, "Z_VISA", today().minusMonths(2), today().plusDays(20), "visa.pdf", PDF)
                .status()).isEqualTo(200);
        String afterFiling = alertsOf("liaison", expert);
        assertThat(afterFiling).doesNotContain("\"documentType\":\"WORK_PERMIT\"")
                .contains("\"kind\":\"DOCUMENT_EXPIRES\"", "\"documentType\":\"Z_VISA\"",
                        "\"dueOn\":\"" + today().plusDays(20) + "\"");
        assertThat(Api.demo(base, "liaison.cs").get("/api/v1/expiry-alerts?size=500").body())
                .doesNotContain("\"expertId\":" + expert + ",");
        assertThat(Api.demo(base, "liaison").get("/api/v1/expiry-alerts?size=500").body())
                .contains("\"expertId\":" + expert + ",");

        try {
            assertThat(Api.demo(base, "office").put("/api/test/policy", Map.of("alertLeadDays", 19)).status())
                    .isEqualTo(200);
            assertThat(alertsOf("office", expert)).as("20 days away, lead time 19").doesNotContain("Z_VISA");
            assertThat(Api.demo(base, "office").put("/api/test/policy", Map.of("alertLeadDays", 20)).status())
                    .isEqualTo(200);
            assertThat(alertsOf("office", expert)).as("20 days away, lead time 20").contains("Z_VISA");
        } finally {
            Api.demo(base, "office").put("/api/test/policy", Map.of("alertLeadDays", 60));
        }
        assertThat(Api.demo(base, "liaison").put("/api/test/policy", Map.of("alertLeadDays", 5)).status())
                .as("only the office sets the lead time").isEqualTo(403);
    }

    @Test
    void theDailyComputationIsAPersistentTimerAndRecomputesEveryAlert() {
        long expert = newExpert();
        Api.demo(base, "liaison").put("/api/test/experts/" + expert + "/entry", Map.of("date", today()));

        JsonObject recomputed = Api.demo(base, "office").post("/api/test/alerts/recompute", Map.of()).json();
        assertThat(recomputed.getInt("count")).isGreaterThanOrEqualTo(2);
        assertThat(alertsOf("office", expert)).contains("\"computedOn\":\"" + today() + "\"", "WORK_PERMIT",
                "RESIDENCE_PERMIT");
        assertThat(Api.demo(base, "liaison").post("/api/test/alerts/recompute", Map.of()).status()).isEqualTo(403);

        String nextRun = Api.demo(base, "office").get("/api/test/alerts/next-run").json().getString("nextRun");
        assertThat(nextRun).isNotEqualTo("none");
        ZonedDateTime next = Instant.parse(nextRun).atZone(ZoneId.systemDefault());
        assertThat(next.getHour()).isEqualTo(1);
        assertThat(next.getMinute()).isZero();
        assertThat(Instant.parse(nextRun)).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(25 * 3600));
    }

    @Test
    void theNightlyDigestGoesToTheSchoolsLiaisonsAndTheWholeListToTheOffice() {
        String suffix = String.valueOf(new Random().nextInt(1_000_000));
        Api admin = Api.as(base, "admin", Deployments.ADMIN_PASSWORD);
        assertThat(admin.post("/api/test/users", Map.of("username", "fl.mail" + suffix, "role", "LIAISON",
                "schoolId", schoolId("FL"), "password", "a-long-password-1", "email", "fl" + suffix + "@uni.example"))
                .status()).isEqualTo(200);
        assertThat(admin.post("/api/test/users", Map.of("username", "office.mail" + suffix, "role", "OFFICE",
                "password", "a-long-password-1", "email", "office" + suffix + "@uni.example")).status()).isEqualTo(200);
        long flTeacher = newExpert();
        Api.demo(base, "liaison").put("/api/test/experts/" + flTeacher + "/entry", Map.of("date", today()));
        var created = Api.demo(base, "liaison.cs").post("/api/test/experts", Map.of("schoolId", schoolId("CS"),
                "nativeName", "Omar Haddad", "nationality", "jo", "birthDate", "1984-03-08",
                "passport", "J" + (10_000_000 + new Random().nextInt(89_999_999)), "teflHours", 0));
        long csTeacher = created.json().getJsonNumber("id").longValue();
        Api.demo(base, "liaison.cs").put("/api/test/experts/" + csTeacher + "/entry", Map.of("date", today()));

        JsonObject digests = Api.demo(base, "office").get("/api/test/alerts/digests").json();
        assertThat(digests.getJsonArray("fl" + suffix + "@uni.example").toString())
                .contains("Ruth Adams@FL").doesNotContain("@CS");
        assertThat(digests.getJsonArray("office" + suffix + "@uni.example").toString())
                .contains("Ruth Adams@FL", "Omar Haddad@CS");
    }

    @Test
    void theSalaryIsTheOfficesAndARenewalNeedsTheAssessment() {
        long expert = newExpert();
        int year = today().getYear();
        var first = Api.demo(base, "office").post("/api/test/experts/" + expert + "/contracts", Map.of(
                "startsOn", LocalDate.of(year - 1, 9, 1), "endsOn", LocalDate.of(year, 8, 31), "weeklyHours", 14,
                "salary", "216000.00"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getBoolean("renewal")).isFalse();

        assertThat(Api.demo(base, "office").get("/api/v1/foreign-experts/" + expert + "/contracts").body())
                .contains("216000");
        assertThat(Api.demo(base, "liaison").get("/api/v1/foreign-experts/" + expert + "/contracts").body())
                .contains("\"position\":\"Lecturer\"").doesNotContain("216000", "annualSalary");

        Map<String, Object> renewal = Map.of("startsOn", LocalDate.of(year, 9, 1),
                "endsOn", LocalDate.of(year + 1, 8, 31), "weeklyHours", 14, "salary", "220000.00");
        var refused = Api.demo(base, "office").post("/api/test/experts/" + expert + "/contracts", renewal);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("contract.renewal.assessmentMissing");

        assertThat(Api.demo(base, "liaison").post("/api/test/experts/" + expert + "/assessments",
                Map.of("year", year, "result", "EXCELLENT", "renew", true)).status()).isEqualTo(200);
        var renewed = Api.demo(base, "office").post("/api/test/experts/" + expert + "/contracts", renewal);
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        assertThat(renewed.json().getBoolean("renewal")).isTrue();

        var tooMany = Api.demo(base, "office").post("/api/test/experts/" + expert + "/contracts", Map.of(
                "startsOn", LocalDate.of(year + 2, 9, 1), "endsOn", LocalDate.of(year + 3, 8, 31), "weeklyHours", 17));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.body()).contains("contract.weeklyHours.tooMany");
    }

    @Test
    void teachingEvaluationsCoverageAndHistory() {
        long expert = newExpert();
        String semester = Semester.containing(today()).toString();
        assertThat(Api.demo(base, "liaison").post("/api/test/experts/" + expert + "/teaching", Map.of(
                "semester", semester, "schoolId", schoolId("FL"), "course", "Academic Writing",
                "international", true)).status()).isEqualTo(200);
        assertThat(Api.demo(base, "liaison").post("/api/test/experts/" + expert + "/teaching", Map.of(
                "semester", semester, "schoolId", schoolId("CS"), "course", "Elsewhere", "international", false))
                .status()).as("teaching recorded in another school").isEqualTo(404);

        var coverage = Api.demo(base, "liaison").get("/api/v1/teaching-coverage?semester=" + semester).jsonArray();
        assertThat(coverage).hasSize(1);
        assertThat(coverage.getJsonObject(0).getJsonNumber("schoolId").longValue()).isEqualTo(schoolId("FL"));
        assertThat(coverage.getJsonObject(0).getInt("internationalStudentTeachers")).isGreaterThanOrEqualTo(1);
        assertThat(Api.demo(base, "office").get("/api/v1/teaching-coverage?semester=" + semester).jsonArray().size())
                .isGreaterThan(1);
        assertThat(Api.demo(base, "office").get("/api/v1/teaching-coverage?semester=2026-3").status()).isEqualTo(400);

        assertThat(Api.demo(base, "liaison").post("/api/test/experts/" + expert + "/evaluations",
                Map.of("semester", semester, "score", "91.5")).status()).isEqualTo(200);
        assertThat(Api.demo(base, "liaison").post("/api/test/experts/" + expert + "/evaluations",
                Map.of("semester", semester, "score", "80")).status()).as("one evaluation a semester").isEqualTo(409);
        assertThat(Api.demo(base, "liaison").get("/api/v1/foreign-experts/" + expert + "/evaluations").body())
                .contains("91.5");

        String history = Api.demo(base, "liaison").get("/api/v1/foreign-experts/" + expert + "/history").body();
        assertThat(history).contains("\"entityType\":\"ForeignExpert\"", "\"entityType\":\"TeachingAssignment\"",
                "\"entityType\":\"TeachingEvaluation\"", "Academic Writing").doesNotContain("Elsewhere");
    }
}
