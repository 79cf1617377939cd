package org.globaloffice.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
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
 * Faculty internationalization through the real services: a school's members and visits are "not found" for another
 * school's liaison; a visit goes through the school leader and then the office, each step only by its approver and
 * never on one's own application; the return report and the school's evaluation close it; a late report is listed
 * as overdue until it is filed. Young tutors need the days abroad the settings ask for.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FacultyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(WriteHarness.class, FacultyHarness.class);
    }

    @ArquillianResource
    URL base;

    private final LocalDate today = LocalDate.now();

    private long schoolId(String code) {
        return Api.demo(base, "office").get("/api/v1/schools?code=" + code).json().getJsonArray("rows")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long newMember(String user, String school) {
        var member = Api.demo(base, user).post("/api/test/faculty/members", Map.of("schoolId", schoolId(school),
                "staffNumber", "IT" + new Random().nextInt(100_000_000)));
        assertThat(member.status()).as(member.body()).isEqualTo(200);
        return id(member.json());
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private JsonObject apply(String user, long member, LocalDate departs, LocalDate returns) {
        var visit = Api.demo(base, user).post("/api/test/faculty/visits", Map.of("memberId", member,
                "departs", departs.toString(), "returns", returns.toString()));
        assertThat(visit.status()).as(visit.body()).isEqualTo(200);
        return visit.json();
    }

    private Api.Response step(String user, JsonObject visit, String step, Map<String, ?> more) {
        var form = new java.util.HashMap<String, Object>(more);
        form.put("version", visit.getJsonNumber("version").longValue());
        return Api.demo(base, user).post("/api/test/faculty/visits/" + id(visit) + "/" + step, form);
    }

    private JsonObject passes(Api.Response response, String state) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().getString("state")).isEqualTo(state);
        return response.json();
    }

    @Test
    void aVisitGoesThroughTheSchoolLeaderThenTheOfficeToItsReportAndEvaluation() {
        long member = newMember("liaison", "FL");
        JsonObject visit = apply("liaison", member, today.minusDays(20), today.minusDays(10));
        assertThat(Api.demo(base, "liaison.cs").get("/api/v1/outbound-visits/" + id(visit)).status()).isEqualTo(404);

        visit = passes(step("liaison", visit, "submit", Map.of()), "SUBMITTED");
        assertThat(step("liaison", visit, "approve", Map.of()).status()).as("a liaison approves nothing")
                .isEqualTo(403);
        var officeFirst = step("office", visit, "approve", Map.of());
        assertThat(officeFirst.status()).as("the office's step comes second").isEqualTo(422);
        assertThat(officeFirst.body()).contains("visit.awaiting");

        visit = passes(step("leader", visit, "approve", Map.of("comment", "同意")), "SCHOOL_APPROVED");
        assertThat(step("leader", visit, "approve", Map.of()).status()).as("no leader approves twice")
                .isEqualTo(422);
        visit = passes(step("office", visit, "approve", Map.of()), "APPROVED");

        assertThat(overdueIds("office")).as("ten days after return, within the 30 days").doesNotContain(id(visit));
        var byAnother = step("liaison.cs", visit, "report", Map.of("report", "Done"));
        assertThat(byAnother.status()).isEqualTo(404);
        visit = passes(step("liaison", visit, "report", Map.of("report", "Gave the paper; met two partners.")),
                "REPORT_FILED");

        var noComment = step("leader", visit, "evaluate", Map.of("rating", 4));
        assertThat(noComment.status()).isEqualTo(422);
        assertThat(noComment.body()).contains("visit.comment.required");
        assertThat(step("liaison", visit, "evaluate", Map.of("rating", 4, "comment", "Good")).status())
                .as("liaisons do not evaluate").isEqualTo(403);
        visit = passes(step("leader", visit, "evaluate", Map.of("rating", 4, "comment", "Useful contacts")),
                "EVALUATED");

        JsonObject read = Api.demo(base, "auditor").get("/api/v1/outbound-visits/" + id(visit)).json();
        assertThat(read.getString("schoolDecisionBy")).isEqualTo("leader");
        assertThat(read.getString("schoolComment")).isEqualTo("同意");
        assertThat(read.getString("officeDecisionBy")).isEqualTo("office");
        assertThat(read.getInt("rating")).isEqualTo(4);
        assertThat(Api.demo(base, "liaison").get("/api/v1/faculty-members/" + member + "/overseas-experience").json()
                .getJsonNumber("totalDays").longValue()).as("an approved trip counts, both ends included")
                .isEqualTo(11);
    }

    @Test
    void nobodyApprovesTheirOwnApplicationAndAReturnNeedsAComment() {
        long member = newMember("office", "CS");
        JsonObject visit = apply("office", member, today.plusDays(30), today.plusDays(35));
        visit = passes(step("office", visit, "submit", Map.of()), "SUBMITTED");
        var noComment = step("leader", visit, "return", Map.of());
        assertThat(noComment.status()).isEqualTo(422);
        assertThat(noComment.body()).contains("visit.comment.required");
        visit = passes(step("leader", visit, "approve", Map.of()), "SCHOOL_APPROVED");
        var own = step("office", visit, "approve", Map.of());
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.body()).contains("visit.ownTrip");
        assertThat(Api.demo(base, "office").get("/api/v1/outbound-visits/" + id(visit)).json().getString("state"))
                .as("nothing changed").isEqualTo("SCHOOL_APPROVED");
    }

    @Test
    void aLateReportIsOverdueUntilFiledAndOnlyTheSchoolSeesIt() {
        long member = newMember("liaison", "FL");
        JsonObject visit = apply("liaison", member, today.minusDays(45), today.minusDays(31));
        visit = passes(step("liaison", visit, "submit", Map.of()), "SUBMITTED");
        visit = passes(step("leader", visit, "approve", Map.of()), "SCHOOL_APPROVED");
        visit = passes(step("office", visit, "approve", Map.of()), "APPROVED");
        assertThat(overdueIds("liaison")).as("31 days after return, 30 allowed").contains(id(visit));
        assertThat(overdueIds("office")).contains(id(visit));
        assertThat(overdueIds("liaison.cs")).doesNotContain(id(visit));
        passes(step("liaison", visit, "report", Map.of("report", "Late, but here")), "REPORT_FILED");
        assertThat(overdueIds("office")).doesNotContain(id(visit));
    }

    private java.util.List<Long> overdueIds(String user) {
        return Api.demo(base, user).get("/api/v1/outbound-visits?overdue=true&size=500").json().getJsonArray("rows")
                .stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aLiaisonSeesAndKeepsOnlyTheirSchoolsMembers() {
        long fl = newMember("liaison", "FL");
        Api cs = Api.demo(base, "liaison.cs");
        assertThat(cs.get("/api/v1/faculty-members/" + fl).status()).isEqualTo(404);
        assertThat(cs.get("/api/v1/faculty-members/" + fl + "/degrees").status()).isEqualTo(404);
        assertThat(cs.get("/api/v1/faculty-members?size=500").json().getJsonArray("rows"))
                .allSatisfy(m -> assertThat(m.asJsonObject().getString("schoolCode")).isEqualTo("CS"));
        assertThat(cs.post("/api/test/faculty/members/" + fl + "/degrees", Map.of("country", "GB",
                "from", "2015-09-01", "to", "2016-09-01")).status()).isEqualTo(404);
        assertThat(cs.post("/api/test/faculty/visits", Map.of("memberId", fl, "departs", today.toString(),
                "returns", today.plusDays(3).toString())).status()).isEqualTo(404);
        assertThat(Api.demo(base, "liaison").post("/api/test/faculty/members", Map.of("schoolId", schoolId("CS"),
                "staffNumber", "ITX" + fl)).status()).as("nor creates one in another school").isEqualTo(404);
        assertThat(Api.demo(base, "auditor").post("/api/test/faculty/members", Map.of("schoolId", schoolId("FL"),
                "staffNumber", "ITA" + fl)).status()).isEqualTo(403);
        assertThat(cs.get("/api/v1/overseas-experience").jsonArray()).hasSize(1);
    }

    /** The real template with one member per row: school code, staff number, and a degree abroad or none. */
    private static byte[] roster(java.util.List<String[]> rows) throws java.io.IOException {
        byte[] template = org.globaloffice.faculty.control.FacultyRosterTemplate.workbook(java.util.List.of("FL", "CS"));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template));
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.getSheet(org.globaloffice.faculty.control.FacultyRosterTemplate.rosterSheetName());
            int r = 1;
            for (String[] values : rows) {
                var row = sheet.createRow(r++);
                String[] cells = values.length > 3
                        ? new String[] {values[1], values[0], "导入教师", "Imported Teacher", "讲师 / Lecturer", "English",
                            "", "博士 / Doctorate", "Linguistics", "University of Leeds", values[2], values[3], values[4]}
                        : new String[] {values[1], values[0], "导入教师", "", "讲师 / Lecturer", "", "", "", "", "", "",
                            "", ""};
                for (int i = 0; i < cells.length; i++) {
                    if (!cells[i].isEmpty()) {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anImportedRosterIsTakenWholeOrNotAtAll() throws java.io.IOException {
        String n = String.valueOf(new Random().nextInt(10_000_000));
        var refused = Api.demo(base, "liaison").postBytes("/api/test/faculty/roster", Map.of(), roster(java.util.List.of(
                new String[] {"FL", "IMP-A" + n, "GB", "2010-09-01", "2014-06-30"},
                new String[] {"CS", "IMP-B" + n},
                new String[] {"FL", "imp-a" + n})));
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.json().getInt("imported")).isZero();
        String errors = refused.json().getJsonArray("errors").toString();
        assertThat(errors).as("another school's code for a liaison, row 3 column B").contains("3:B:");
        assertThat(errors).as("the same staff number in another case, row 4").contains("4:A:");
        assertThat(Api.demo(base, "office").get("/api/v1/faculty-members?staffNumber=IMP-A" + n).json()
                .getInt("total")).as("nothing imported").isZero();

        var imported = Api.demo(base, "liaison").postBytes("/api/test/faculty/roster", Map.of(), roster(
                java.util.List.of(new String[] {"FL", "IMP-A" + n, "GB", "2010-09-01", "2014-06-30"},
                        new String[] {"FL", "IMP-B" + n})));
        assertThat(imported.json().getInt("imported")).as(imported.body()).isEqualTo(2);
        JsonObject member = Api.demo(base, "liaison").get("/api/v1/faculty-members?staffNumber=imp-a" + n).json()
                .getJsonArray("rows").getJsonObject(0);
        assertThat(member.getString("title")).isEqualTo("LECTURER");
        JsonObject experience = Api.demo(base, "liaison").get("/api/v1/faculty-members/" + id(member)
                + "/overseas-experience").json();
        assertThat(experience.getBoolean("qualifies")).as("a doctorate from Leeds").isTrue();
        assertThat(Api.demo(base, "liaison").postBytes("/api/test/faculty/roster", Map.of(), roster(java.util.List.<String[]>of(
                new String[] {"FL", "IMP-B" + n}))).json().getJsonArray("errors").toString())
                .as("already on file").contains("2:A:");
    }

    @Test
    void aYoungTutorNeedsTheDaysAbroadTheSettingsAskFor() {
        long member = newMember("liaison", "FL");
        Api liaison = Api.demo(base, "liaison");
        assertThat(liaison.post("/api/test/faculty/members/" + member + "/degrees", Map.of("country", "GB",
                "from", "2015-01-01", "to", "2015-03-30")).status()).isEqualTo(200);
        var short89 = liaison.post("/api/test/faculty/tutors", Map.of("memberId", member, "major", "英语",
                "year", 2026));
        assertThat(short89.status()).as("89 days").isEqualTo(422);
        assertThat(short89.body()).contains("tutor.ineligible.overseas");

        assertThat(liaison.post("/api/test/faculty/members/" + member + "/degrees", Map.of("country", "CN",
                "from", "2015-03-31", "to", "2015-12-31")).status()).isEqualTo(200);
        assertThat(liaison.post("/api/test/faculty/tutors", Map.of("memberId", member, "major", "英语",
                "year", 2026)).status()).as("a degree at home adds nothing").isEqualTo(422);
        assertThat(liaison.post("/api/test/faculty/members/" + member + "/degrees", Map.of("country", "GB",
                "from", "2015-03-31", "to", "2015-03-31")).status()).isEqualTo(200);
        assertThat(liaison.post("/api/test/faculty/tutors", Map.of("memberId", member, "major", "英语",
                "year", 2026)).status()).as("90 days").isEqualTo(200);
        assertThat(liaison.post("/api/test/faculty/tutors", Map.of("memberId", member, "major", "英语",
                "year", 2026)).status()).as("appointed once").isEqualTo(409);
    }
}
