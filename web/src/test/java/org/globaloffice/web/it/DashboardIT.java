package org.globaloffice.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
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
 * The dashboard's figures through the real queries ({@code GET /api/v1/dashboard}): for the office, leaders,
 * auditors and administrators only; a school's leader sees exactly their school's figures, month and boundary by
 * boundary; the office's figures are those of the demo and agree with what the other endpoints list. The database
 * is shared with the other tests of the run, which add teachers, programs and visits of their own: the university-wide
 * figures are checked against the lists, or as at least the demo's, and exact figures are checked in a school of
 * this test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(WriteHarness.class);
    }

    @ArquillianResource
    URL base;

    private Api admin() {
        return Api.as(base, "admin", Deployments.ADMIN_PASSWORD);
    }

    private static long id(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonNumber("id").longValue();
    }

    private JsonObject dashboard(Api api, String query) {
        Api.Response response = api.get("/api/v1/dashboard" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private long schoolId(String code) {
        return Api.demo(base, "office").get("/api/v1/schools?code=" + code).json().getJsonArray("rows")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static long count(JsonArray rows, String key, String value, String field) {
        return rows.stream().map(JsonObject.class::cast).filter(r -> value.equals(r.getString(key, null)))
                .mapToLong(r -> r.getJsonNumber(field).longValue()).sum();
    }

    private static JsonObject year(JsonObject figures, int year) {
        return figures.getJsonArray("visits").stream().map(JsonObject.class::cast)
                .filter(y -> y.getInt("year") == year).findFirst().orElseThrow();
    }

    @Test
    void theOfficeLeadersAuditorsAndAdministratorsReadTheFiguresLiaisonsAreRefused() {
        for (String reader : new String[] {"office", "leader", "auditor"}) {
            JsonObject figures = dashboard(Api.demo(base, reader), "");
            assertThat(figures.keySet()).as(reader)
                    .contains("asOf", "teachers", "expiries", "compliance", "visits", "training");
        }
        assertThat(dashboard(admin(), "").getJsonObject("teachers").getJsonNumber("total").longValue())
                .isGreaterThanOrEqualTo(4);

        for (String liaison : new String[] {"liaison", "liaison.cs"}) {
            assertThat(Api.demo(base, liaison).get("/api/v1/dashboard").status()).as(liaison).isEqualTo(403);
        }
        assertThat(Api.anonymous(base).get("/api/v1/dashboard").status()).isEqualTo(401);
        assertThat(Api.demo(base, "office").get("/api/v1/dashboard?year=1999").status()).isEqualTo(400);
    }

    @Test
    void theDemosTeachersAreCountedByTheirSchoolAndNationalityLikeTheListHasThem() {
        JsonObject teachers = dashboard(Api.demo(base, "office"), "").getJsonObject("teachers");
        JsonArray bySchool = teachers.getJsonArray("bySchool");

        assertThat(count(bySchool, "schoolCode", "FL", "count")).as("Emma Clarke, Sofía Martínez")
                .isGreaterThanOrEqualTo(2);
        assertThat(count(bySchool, "schoolCode", "CS", "count")).as("Lukas Becker").isGreaterThanOrEqualTo(1);
        assertThat(count(bySchool, "schoolCode", "EM", "count")).as("Kenji Watanabe").isGreaterThanOrEqualTo(1);
        Api office = Api.demo(base, "office");
        for (String code : new String[] {"FL", "CS", "EM"}) {
            long school = schoolId(code);
            long all = office.get("/api/v1/foreign-experts?size=1&schoolId=" + school).json().getInt("total");
            long left = office.get("/api/v1/foreign-experts?size=1&stage=LEFT&schoolId=" + school).json()
                    .getInt("total");
            assertThat(count(bySchool, "schoolCode", code, "count")).as(code + ": all but those who left")
                    .isEqualTo(all - left);
        }
        long byNationality = teachers.getJsonArray("byNationality").stream().map(JsonObject.class::cast)
                .mapToLong(n -> n.getJsonNumber("count").longValue()).sum();
        assertThat(byNationality).isEqualTo(teachers.getJsonNumber("total").longValue());
        assertThat(teachers.getJsonArray("byNationality")).hasSizeLessThanOrEqualTo(11);
    }

    @Test
    void theDemosVisitsComplianceAndTrainingHoursAppear() {
        Api office = Api.demo(base, "office");
        JsonObject figures = dashboard(office, "?year=2021");
        LocalDate today = LocalDate.parse(figures.getString("asOf"));

        assertThat(figures.getJsonArray("visits")).extracting(v -> ((JsonObject) v).getInt("year"))
                .containsExactly(today.getYear() - 4, today.getYear() - 3, today.getYear() - 2, today.getYear() - 1,
                        today.getYear());
        assertThat(year(figures, today.minusDays(60).getYear()).getJsonObject("byType")
                .getJsonNumber("SHORT_TERM_TRAINING").longValue()).as("approved, back from Purdue, report overdue")
                .isGreaterThanOrEqualTo(1);
        assertThat(year(figures, today.minusDays(200).getYear()).getJsonObject("byType")
                .getJsonNumber("LECTURING").longValue()).as("lectures at Tohoku, evaluated")
                .isGreaterThanOrEqualTo(1);

        JsonObject compliance = figures.getJsonObject("compliance");
        assertThat(compliance.getJsonNumber("notCompliant").longValue()).as("English with Leeds, one core course short")
                .isGreaterThanOrEqualTo(1);
        assertThat(compliance.getJsonNumber("withoutCurriculum").longValue()).as("Finance with Monash")
                .isGreaterThanOrEqualTo(1);
        assertThat(compliance.getJsonNumber("compliant").longValue()
                + compliance.getJsonNumber("notCompliant").longValue()
                + compliance.getJsonNumber("withoutCurriculum").longValue())
                .isEqualTo(compliance.getJsonNumber("programs").longValue());

        JsonObject training = figures.getJsonObject("training");
        assertThat(training.getInt("year")).isEqualTo(2021);
        assertThat(training.getJsonArray("years")).extracting(y -> ((jakarta.json.JsonNumber) y).intValue())
                .contains(2021, 2020, today.getYear());
        Map<String, Long> seed000 = competenceHoursOf(office, 2021);
        assertThat(seed000.get("FL")).as("seed 000's participants of the School of Foreign Languages").isPositive();
        for (Map.Entry<String, Long> school : seed000.entrySet()) {
            assertThat(count(training.getJsonArray("bySchool"), "schoolCode", school.getKey(), "competenceHours"))
                    .as(school.getKey()).isEqualTo(school.getValue());
        }
        long language2020 = dashboard(office, "?year=2020").getJsonObject("training").getJsonArray("bySchool").stream()
                .map(JsonObject.class::cast).mapToLong(h -> h.getJsonNumber("languageHours").longValue()).sum();
        assertThat(language2020).as("seed 001's three classes: 484 + 1120 + 888 hours attended").isEqualTo(2492);
    }

    @Test
    void theVisitsPerYearAndTypeAreTheTripsThatHappenedOrWill() {
        Api office = Api.demo(base, "office");
        JsonObject figures = dashboard(office, "");
        int thisYear = LocalDate.parse(figures.getString("asOf")).getYear();

        Map<String, Long> listed = new HashMap<>();
        for (String state : new String[] {"APPROVED", "REPORT_FILED", "EVALUATED"}) {
            int first = 0;
            int total;
            do {
                JsonObject page = office.get("/api/v1/outbound-visits?size=500&first=" + first + "&state=" + state)
                        .json();
                total = page.getInt("total");
                page.getJsonArray("rows").stream().map(JsonObject.class::cast).forEach(v -> {
                    int year = LocalDate.parse(v.getString("departsOn")).getYear();
                    if (year > thisYear - 5 && year <= thisYear) {
                        listed.merge(year + "/" + v.getString("type"), 1L, Long::sum);
                    }
                });
                first += 500;
            } while (first < total);
        }
        for (int year = thisYear - 4; year <= thisYear; year++) {
            JsonObject byType = year(figures, year).getJsonObject("byType");
            for (String type : byType.keySet()) {
                assertThat(byType.getJsonNumber(type).longValue()).as(year + " " + type)
                        .isEqualTo(listed.getOrDefault(year + "/" + type, 0L));
            }
        }
    }

    /**
     * A school of its own with a leader bound to it: two teachers and one who left, documents at each boundary of
     * the months, three programs. The leader sees exactly these, and nothing of the other schools.
     */
    @Test
    void aSchoolsLeaderSeesExactlyTheirSchoolsFiguresAtEveryBoundary() {
        String code = "D" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long school = id(admin().post("/api/test/schools", Map.of("code", code, "nameZh", "看板学院",
                "nameEn", "Dashboard School")));
        String leader = "lead" + code.toLowerCase();
        String password = "dashboard-leader-password";
        assertThat(admin().post("/api/test/users", Map.of("username", leader, "role", "LEADER", "schoolId", school,
                "password", password)).status()).isEqualTo(200);
        Api office = Api.demo(base, "office");
        LocalDate today = LocalDate.parse(dashboard(office, "").getString("asOf"));
        YearMonth month = YearMonth.from(today);

        long staying = expert(office, school, "NZ");
        expert(office, school, "FJ");
        long leaving = expert(office, school, "NZ");
        assertThat(office.put("/api/test/experts/" + leaving + "/stage", Map.of("to", "LEFT")).status()).isEqualTo(200);

        document(office, staying, "WORK_PERMIT", today.minusDays(400), today.minusDays(1));          // overdue
        document(office, staying, "Z_VISA", today.minusDays(400), today);                            // replaced
        document(office, staying, "Z_VISA", today.minusDays(10), month.plusMonths(2).atDay(1));      // month 3
        document(office, staying, "RESIDENCE_PERMIT", today.minusDays(30), today);                   // month 1
        document(office, staying, "DEGREE_AUTHENTICATION", today.minusDays(30), month.atEndOfMonth()); // month 1
        document(office, staying, "WORK_PERMIT_NOTICE", today.minusDays(30), month.plusMonths(1).atDay(1)); // 2
        document(office, staying, "HEALTH_CHECK", today.minusDays(30), month.plusMonths(11).atEndOfMonth()); // 12
        document(office, staying, "CRIMINAL_RECORD", today.minusDays(30), month.plusMonths(12).atDay(1)); // after
        document(office, leaving, "WORK_PERMIT", today.minusDays(400), today.minusDays(1));
        document(office, leaving, "Z_VISA", today.minusDays(30), today.plusDays(10));

        long partner = id(office.post("/api/test/partners", Map.of("nameOriginal", "University " + code,
                "nameZh", "大学" + code, "country", "nz")));
        long compliant = id(office.post("/api/test/programs", Map.of("schoolId", school, "approval", "MOE-C" + code,
                "partnerId", partner)));
        long notCompliant = id(office.post("/api/test/programs", Map.of("schoolId", school,
                "approval", "MOE-N" + code, "partnerId", partner)));
        id(office.post("/api/test/programs", Map.of("schoolId", school, "approval", "MOE-W" + code,
                "partnerId", partner)));
        assertThat(office.post("/api/test/programs/" + compliant + "/courses", Map.of("year", 2026, "code", "C1",
                "core", true, "introduced", true, "partnerHours", 32, "chineseHours", 0)).json()
                .getBoolean("compliant")).isTrue();
        assertThat(office.post("/api/test/programs/" + notCompliant + "/courses", Map.of("year", 2026, "code", "G1",
                "core", false, "introduced", true, "partnerHours", 32, "chineseHours", 0)).json()
                .getBoolean("compliant")).isFalse();

        JsonObject figures = dashboard(Api.as(base, leader, password), "");

        JsonObject teachers = figures.getJsonObject("teachers");
        assertThat(teachers.getJsonNumber("total").longValue()).as("the one who left is not counted").isEqualTo(2);
        assertThat(teachers.getJsonArray("bySchool")).hasSize(1);
        assertThat(teachers.getJsonArray("bySchool").getJsonObject(0).getString("schoolCode")).isEqualTo(code);
        assertThat(teachers.getJsonArray("byNationality")).extracting(n -> ((JsonObject) n).getString("nationality"))
                .as("one each; a tie in the order of the codes").containsExactly("FJ", "NZ");

        JsonObject expiries = figures.getJsonObject("expiries");
        assertThat(expiries.getJsonNumber("overdue").longValue()).as("expired yesterday; not the leaver's")
                .isEqualTo(1);
        JsonArray months = expiries.getJsonArray("months");
        assertThat(months).hasSize(12);
        assertThat(months.getJsonObject(0).getString("month")).isEqualTo(month.toString());
        assertThat(months).extracting(m -> ((JsonObject) m).getJsonNumber("count").longValue())
                .as("today and the month's last day; the 1st of the next month; the renewed visa, not the old one;"
                        + " the last day of the twelfth month, not the first of the thirteenth")
                .containsExactly(2L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);

        JsonObject compliance = figures.getJsonObject("compliance");
        assertThat(compliance.getJsonNumber("programs").longValue()).isEqualTo(3);
        assertThat(compliance.getJsonNumber("compliant").longValue()).isEqualTo(1);
        assertThat(compliance.getJsonNumber("notCompliant").longValue()).isEqualTo(1);
        assertThat(compliance.getJsonNumber("withoutCurriculum").longValue()).isEqualTo(1);
        assertThat(compliance.getJsonNumber("atRisk").longValue()).as("no teacher training this year, any of them")
                .isEqualTo(3);
        assertThat(compliance.getJsonObject("risks").getJsonNumber("NO_TEACHER_TRAINING").longValue()).isEqualTo(3);
        assertThat(compliance.getJsonObject("risks").getJsonNumber("BELOW_ONE_THIRD").longValue()).isEqualTo(1);

        assertThat(figures.getJsonArray("visits").stream().map(JsonObject.class::cast)
                .mapToLong(y -> y.getJsonNumber("total").longValue()).sum()).as("no visits of this school").isZero();
        assertThat(figures.getJsonObject("training").getJsonArray("bySchool")).isEmpty();

        JsonObject university = dashboard(office, "").getJsonObject("teachers");
        assertThat(count(university.getJsonArray("bySchool"), "schoolCode", code, "count")).isEqualTo(2);
        assertThat(university.getJsonNumber("total").longValue()).isGreaterThan(2);
    }

    private long expert(Api office, long school, String nationality) {
        String passport = "DB" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        return id(office.post("/api/test/experts", Map.of("schoolId", school, "nativeName", "Teacher " + passport,
                "nationality", nationality, "birthDate", "1985-04-01", "passport", passport, "teflHours", 120)));
    }

    private static void document(Api office, long expert, String type, LocalDate issued, LocalDate expires) {
        Api.Response filed = office.post("/api/test/experts/" + expert + "/documents", Map.of("type", type,
                "number", type + "-1", "issued", issued.toString(), "expires", expires.toString()));
        assertThat(filed.status()).as(type + ": " + filed.body()).isEqualTo(200);
    }

    /** The hours each school's participants attended of the global competence programs of the year, as listed. */
    private static Map<String, Long> competenceHoursOf(Api office, int year) {
        Map<String, Long> hours = new HashMap<>();
        JsonArray programs = office.get("/api/v1/competence-programs?size=500&year=" + year).json()
                .getJsonArray("rows");
        for (JsonObject program : programs.getValuesAs(JsonObject.class)) {
            office.get("/api/v1/competence-programs/" + program.getJsonNumber("id").longValue()
                    + "/participants?size=500").json().getJsonArray("rows").getValuesAs(JsonObject.class)
                    .forEach(p -> hours.merge(p.getString("schoolCode"), (long) p.getInt("attendedHours"),
                            Long::sum));
        }
        return hours;
    }
}
