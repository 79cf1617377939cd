package org.globaloffice.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
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
 * Global competence programs and language assessments through the real services, as the demo's users: a liaison
 * sees and enrols only their own school's members and cannot change a program of the whole university; attendance
 * is held to the session's hours; a certificate follows the completion rule (80 %) to the hour; a new program's
 * totals are counted from what was entered. The demo members alternate schools in staff-number order, starting with
 * the School of Foreign Languages: T2021001, T2021013, T2021025 are FL's, T2021002 CS's, T2021003 EM's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FacultyTrainingIT {

    private static final String FL_1 = "T2021001", FL_2 = "T2021013", FL_3 = "T2021025", CS_1 = "T2021002",
            EM_1 = "T2021003";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(CompetenceHarness.class);
    }

    @ArquillianResource
    URL base;

    private Api as(String user) {
        return Api.demo(base, user);
    }

    private static long id(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonNumber("id").longValue();
    }

    private long newProgram(String user, int year, Long schoolId) {
        Map<String, Object> query = new java.util.HashMap<>(Map.of("year", year,
                "title", "Program " + new Random().nextInt(1_000_000)));
        if (schoolId != null) {
            query.put("schoolId", schoolId);
        }
        return id(as(user).post("/api/test/competence/programs", query));
    }

    private long newSession(long program, String startsOn, int hours) {
        return id(as("office").post("/api/test/competence/programs/" + program + "/sessions",
                Map.of("theme", "Theme " + startsOn, "startsOn", startsOn, "hours", hours)));
    }

    private Api.Response enrol(String user, long program, String staffNumber) {
        return as(user).post("/api/test/competence/programs/" + program + "/enrolments", Map.of("staffNumber", staffNumber));
    }

    private Api.Response attend(long session, String staffNumber, int hours) {
        return as("office").put("/api/test/competence/sessions/" + session + "/attendance",
                Map.of("staffNumber", staffNumber, "hours", hours));
    }

    private long schoolId(String code) {
        return as("office").get("/api/v1/schools?code=" + code).json().getJsonArray("rows").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private static List<String> field(JsonArray rows, String name) {
        return rows.stream().map(JsonValue::asJsonObject).map(r -> r.getString(name)).toList();
    }

    @Test
    void aLiaisonSeesAndEnrolsOnlyTheirSchoolsMembersAndCannotChangeAUniversityProgram() {
        long program = newProgram("office", 2026, null);
        for (String member : new String[] {FL_1, FL_2, CS_1}) {
            assertThat(enrol("office", program, member).status()).isEqualTo(200);
        }

        String participants = "/api/v1/competence-programs/" + program + "/participants";
        JsonObject seenByFl = as("liaison").get(participants).json();
        assertThat(seenByFl.getInt("total")).isEqualTo(2);
        assertThat(field(seenByFl.getJsonArray("rows"), "staffNumber")).containsExactly(FL_1, FL_2);
        assertThat(field(seenByFl.getJsonArray("rows"), "schoolCode")).containsOnly("FL");
        assertThat(field(as("liaison.cs").get(participants).json().getJsonArray("rows"), "staffNumber"))
                .containsExactly(CS_1);
        assertThat(as("office").get(participants).json().getInt("total")).isEqualTo(3);
        assertThat(as("auditor").get(participants).json().getInt("total")).isEqualTo(3);

        assertThat(enrol("liaison", program, EM_1).status()).as("another school's member").isEqualTo(404);
        assertThat(enrol("liaison", program, CS_1).status()).as("enrolled, but not theirs to see").isEqualTo(404);
        Api.Response twice = enrol("liaison", program, FL_1);
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.body()).contains("competence.enrolment.duplicate");
        assertThat(enrol("liaison", program, FL_3).status()).isEqualTo(200);
        assertThat(as("office").get(participants).json().getInt("total")).isEqualTo(4);

        Api.Response rename = as("liaison").put("/api/test/competence/programs/" + program, Map.of("title", "Renamed"));
        assertThat(rename.status()).isEqualTo(422);
        assertThat(rename.body()).contains("competence.program.notYours");
        assertThat(as("liaison").post("/api/test/competence/programs", Map.of("year", 2026, "title", "Mine"))
                .status()).as("a liaison cannot organise for the whole university").isEqualTo(422);
        assertThat(as("auditor").put("/api/test/competence/programs/" + program, Map.of("title", "Audited")).status())
                .isEqualTo(403);
        assertThat(as("office").get("/api/v1/competence-programs/" + program).json().getString("title"))
                .startsWith("Program ");

        long csProgram = newProgram("liaison.cs", 2026, schoolId("CS"));
        assertThat(as("liaison").get("/api/v1/competence-programs/" + csProgram).status()).isEqualTo(404);
        assertThat(as("liaison").get("/api/v1/competence-programs/" + program).status()).isEqualTo(200);
        assertThat(as("liaison").get("/api/v1/competence-programs?size=500").body())
                .doesNotContain("\"id\":" + csProgram + ",").contains("\"id\":" + program + ",");
        assertThat(as("liaison.cs").put("/api/test/competence/programs/" + csProgram, Map.of("title", "Ours"))
                .status()).as("their own school's program").isEqualTo(200);
    }

    @Test
    void attendanceAboveTheSessionsHoursIsRefused() {
        long program = newProgram("office", 2026, null);
        long session = newSession(program, "2026-03-02", 16);
        assertThat(enrol("office", program, FL_1).status()).isEqualTo(200);

        Api.Response tooMuch = attend(session, FL_1, 17);
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("attendance.hours.rangeOf");
        assertThat(attend(session, FL_1, 16).status()).isEqualTo(200);
        assertThat(attend(session, FL_2, 8).status()).as("not enrolled: no line to record").isEqualTo(404);
        assertThat(as("liaison").put("/api/test/competence/sessions/" + session + "/attendance",
                Map.of("staffNumber", FL_1, "hours", 10)).status())
                .as("a liaison does not keep the attendance of the university's program").isEqualTo(422);

        JsonObject row = as("office").get("/api/v1/competence-programs/" + program + "/participants").json()
                .getJsonArray("rows").getJsonObject(0);
        assertThat(row.getInt("attendedHours")).isEqualTo(16);
        assertThat(row.getBoolean("completed")).isTrue();
    }

    @Test
    void aCertificateNeedsEightyPercentOfTheHoursToTheHour() {
        long program = newProgram("office", 2026, null);
        long first = newSession(program, "2026-04-06", 100);
        long last = newSession(program, "2026-05-11", 60);
        enrol("office", program, FL_1);
        enrol("office", program, FL_2);
        attend(first, FL_1, 100);
        attend(last, FL_1, 28);
        attend(first, FL_2, 100);
        attend(last, FL_2, 27);

        Api.Response granted = as("office").get("/api/test/competence/programs/" + program + "/certificate?staffNumber="
                + FL_1);
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        JsonObject certificate = granted.json();
        assertThat(certificate.getInt("attendedHours")).as("128 of 160 is exactly 80 %").isEqualTo(128);
        assertThat(certificate.getInt("totalHours")).isEqualTo(160);
        assertThat(certificate.getInt("requiredPercent")).isEqualTo(80);
        assertThat(certificate.getString("completedOn")).as("the last day of the last session").isEqualTo("2026-05-12");
        assertThat(certificate.getString("schoolNameEn")).isEqualTo("School of Foreign Languages");

        Api.Response refused = as("office").get("/api/test/competence/programs/" + program + "/certificate?staffNumber="
                + FL_2);
        assertThat(refused.status()).as("127 hours").isEqualTo(422);
        assertThat(refused.body()).contains("competence.certificate.notCompleted");
        assertThat(as("liaison").get("/api/test/competence/programs/" + program + "/certificate?staffNumber=" + FL_1)
                .status()).as("the liaison of the member's school").isEqualTo(200);
        assertThat(as("liaison.cs").get("/api/test/competence/programs/" + program + "/certificate?staffNumber=" + FL_1)
                .status()).isEqualTo(404);
    }

    @Test
    void theTotalsOfANewProgramAreCountedFromWhatWasEntered() {
        int year = 2090 + new Random().nextInt(10);
        JsonArray before = as("office").get("/api/v1/competence-totals?year=" + year).jsonArray();
        long program = newProgram("office", year, null);
        long first = newSession(program, year + "-03-02", 32);
        long second = newSession(program, year + "-04-06", 16);
        for (String member : new String[] {FL_1, FL_2, CS_1}) {
            enrol("office", program, member);
        }
        attend(first, FL_1, 32);
        attend(second, FL_1, 16);
        attend(first, FL_2, 32);
        attend(second, FL_2, 6);   // 38 of 48: 80 % is 38.4, so 39 are needed

        JsonObject totals = as("office").get("/api/v1/competence-programs/" + program + "/totals").json();
        assertThat(totals.getInt("sessions")).isEqualTo(2);
        assertThat(totals.getInt("participants")).isEqualTo(3);
        assertThat(totals.getInt("teachingHours")).isEqualTo(48);
        assertThat(totals.getInt("requiredHours")).isEqualTo(39);
        assertThat(totals.getInt("completed")).isEqualTo(1);
        assertThat(totals.getJsonNumber("completionPercent").bigDecimalValue()).isEqualByComparingTo("33.3");

        JsonObject after = as("office").get("/api/v1/competence-totals?year=" + year).jsonArray().getJsonObject(0);
        int programsBefore = before.isEmpty() ? 0 : before.getJsonObject(0).getInt("programs");
        int hoursBefore = before.isEmpty() ? 0 : before.getJsonObject(0).getInt("teachingHours");
        assertThat(after.getInt("year")).isEqualTo(year);
        assertThat(after.getInt("programs")).isEqualTo(programsBefore + 1);
        assertThat(after.getInt("teachingHours")).isEqualTo(hoursBefore + 48);
        assertThat(after.getInt("participants")).isGreaterThanOrEqualTo(3);
        assertThat(after.getInt("completed")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theDemoProgramReproducesTheSeedsFigures() {
        JsonArray seed = as("office").get("/api/v1/competence-programs?year=2021&size=50").json().getJsonArray("rows");
        long program = seed.stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("title").contains("Global competence building program")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();

        JsonObject totals = as("leader").get("/api/v1/competence-programs/" + program + "/totals").json();
        assertThat(totals.getInt("sessions")).isEqualTo(5);
        assertThat(totals.getInt("participants")).isEqualTo(156);
        assertThat(totals.getInt("teachingHours")).isEqualTo(160);
        assertThat(totals.getInt("completed")).isEqualTo(132);
        assertThat(as("office").get("/api/v1/competence-programs/" + program + "/sessions").jsonArray().toString())
                .contains("FOREIGN", "JPO");
    }

    @Test
    void aLiaisonSeesAndFilesOnlyTheirSchoolsAssessments() {
        long filed = id(as("liaison").post("/api/test/competence/assessments", Map.of("staffNumber", FL_1,
                "test", "IELTS Academic", "takenOn", "2026-03-14", "score", "7.0", "passed", true)));
        assertThat(as("liaison").post("/api/test/competence/assessments", Map.of("staffNumber", CS_1,
                "test", "IELTS Academic", "takenOn", "2026-03-14", "score", "6.0", "passed", false)).status())
                .isEqualTo(404);

        JsonObject fl = as("liaison").get("/api/v1/language-assessments?size=500").json();
        assertThat(fl.getInt("total")).isPositive();
        assertThat(field(fl.getJsonArray("rows"), "schoolCode")).containsOnly("FL");
        assertThat(fl.toString()).contains("\"id\":" + filed + ",");
        assertThat(as("liaison.cs").post("/api/test/competence/assessments", Map.of("staffNumber", CS_1,
                "test", "IELTS Academic", "takenOn", "2026-03-14", "score", "6.0", "passed", false)).status())
                .as("their own school's member").isEqualTo(200);
        JsonObject cs = as("liaison.cs").get("/api/v1/language-assessments?size=500").json();
        assertThat(field(cs.getJsonArray("rows"), "schoolCode")).containsOnly("CS");
        assertThat(cs.toString()).doesNotContain("\"id\":" + filed + ",");
        assertThat(as("office").get("/api/v1/language-assessments?size=1&year=2026&staffNumber=" + FL_1).json()
                .getInt("total")).isGreaterThanOrEqualTo(1);
    }
}
