package org.globaloffice.web.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import org.globaloffice.account.boundary.UserAccounts;
import org.globaloffice.account.entity.UserAccount;
import org.globaloffice.organization.boundary.Disciplines;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.organization.entity.School;
import org.globaloffice.foreignteacher.boundary.ForeignExperts;
import org.globaloffice.foreignteacher.control.Degree;
import org.globaloffice.foreignteacher.control.PermitCategory;
import org.globaloffice.foreignteacher.control.RecruitmentStage;
import org.globaloffice.foreignteacher.entity.ForeignExpert;
import org.globaloffice.platform.security.Role;

/**
 * Test-only: lets an HTTP caller reach the domain services' writes exactly as the pages do (detached entity in,
 * service call, typed refusal out), so that the tests exercise the real identity store, roles and scoping. The
 * application's own error mappers turn refusals into statuses. Part of the test deployment only.
 */
@Path("test")
@Produces(MediaType.APPLICATION_JSON)
public class WriteHarness {

    @Inject
    Schools schools;

    @Inject
    Disciplines disciplines;

    @Inject
    UserAccounts accounts;

    @POST
    @Path("schools")
    public JsonObject createSchool(@QueryParam("code") String code, @QueryParam("nameZh") String nameZh,
            @QueryParam("nameEn") String nameEn) {
        return record(schools.create(new School(code, nameZh, nameEn)).getId(), 0);
    }

    @PUT
    @Path("schools/{id}")
    public JsonObject renameSchool(@PathParam("id") long id, @QueryParam("nameEn") String nameEn) {
        School school = schools.find(id);
        school.getName().setEn(nameEn);
        School saved = schools.update(school);
        return record(saved.getId(), saved.getVersion());
    }

    @POST
    @Path("disciplines")
    public JsonObject createDiscipline(@QueryParam("schoolId") long schoolId, @QueryParam("code") String code,
            @QueryParam("nameZh") String nameZh, @QueryParam("nameEn") String nameEn) {
        School school = new School();
        setId(school, schoolId);
        Discipline created = disciplines.create(new Discipline(school, code, nameZh, nameEn, false));
        return record(created.getId(), created.getVersion());
    }

    /** Renames, and changes the code when one is given. */
    @PUT
    @Path("disciplines/{id}")
    public JsonObject updateDiscipline(@PathParam("id") long id, @QueryParam("nameEn") String nameEn,
            @QueryParam("code") String code) {
        Discipline discipline = disciplines.find(id);
        discipline.getName().setEn(nameEn);
        if (code != null) {
            discipline.setCode(code);
        }
        Discipline saved = disciplines.update(discipline);
        return record(saved.getId(), saved.getVersion());
    }

    /** Two users open the same discipline; the first saves a new name, then the second saves theirs. */
    @PUT
    @Path("disciplines/{id}/concurrently")
    public JsonObject updateConcurrently(@PathParam("id") long id, @QueryParam("first") String first,
            @QueryParam("second") String second) {
        Discipline openedByFirst = disciplines.find(id);
        Discipline openedBySecond = disciplines.find(id);
        openedByFirst.getName().setEn(first);
        disciplines.update(openedByFirst);
        openedBySecond.getName().setEn(second);
        Discipline saved = disciplines.update(openedBySecond);
        return record(saved.getId(), saved.getVersion());
    }

    @DELETE
    @Path("disciplines/{id}")
    public JsonObject deleteDiscipline(@PathParam("id") long id) {
        Discipline discipline = disciplines.find(id);
        disciplines.delete(id, discipline.getVersion());
        return record(id, discipline.getVersion());
    }

    @POST
    @Path("users")
    public JsonObject createUser(@QueryParam("username") String username, @QueryParam("role") Role role,
            @QueryParam("schoolId") Long schoolId, @QueryParam("password") String password,
            @QueryParam("email") String email) {
        UserAccount account = new UserAccount();
        account.setUsername(username);
        account.setDisplayName(username);
        account.setEmail(email);
        UserAccount created = accounts.create(account, EnumSet.of(role), schoolId, password);
        return record(created.getId(), created.getVersion());
    }

    @Inject
    ForeignExperts experts;

    @jakarta.annotation.Resource(lookup = "java:app/jdbc/globaloffice")
    javax.sql.DataSource dataSource;

    @POST
    @Path("experts")
    public JsonObject createExpert(@QueryParam("schoolId") long schoolId, @QueryParam("nativeName") String nativeName,
            @QueryParam("nationality") String nationality, @QueryParam("birthDate") String birthDate,
            @QueryParam("passport") String passport, @QueryParam("teflHours") int teflHours) {
        School school = new School();
        setId(school, schoolId);
        ForeignExpert expert = new ForeignExpert(school, nativeName, nationality, java.time.LocalDate.parse(birthDate));
        expert.setHighestDegree(Degree.BACHELOR);
        expert.setNativeLanguage("en");
        expert.setLanguageTaught("en");
        expert.setTeflHours(teflHours);
        expert.setIntendedCategory(PermitCategory.B_LANGUAGE_TEACHER);
        ForeignExpert created = experts.create(expert, passport);
        return record(created.getId(), created.getVersion());
    }

    @PUT
    @Path("experts/{id}/stage")
    public JsonObject moveExpert(@PathParam("id") long id, @QueryParam("to") RecruitmentStage to) {
        ForeignExpert moved = experts.moveTo(id, experts.find(id).getVersion(), to);
        return record(moved.getId(), moved.getVersion());
    }

    @jakarta.ws.rs.GET
    @Path("experts/{id}/passport")
    public JsonObject revealPassport(@PathParam("id") long id) {
        return Json.createObjectBuilder().add("passport", experts.revealPassport(id)).build();
    }

    @jakarta.ws.rs.GET
    @Path("experts/by-passport")
    public JsonObject findByPassport(@QueryParam("number") String number) {
        return experts.findByPassport(number).map(e -> record(e.getId(), e.getVersion()))
                .orElseThrow(() -> new org.globaloffice.platform.error.RecordNotFoundException("ForeignExpert", number));
    }

    /** Every column of the row as the database holds it, to prove what is (not) stored in plain text. */
    @jakarta.ws.rs.GET
    @Path("experts/{id}/row")
    public JsonObject rawRow(@PathParam("id") long id) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select * from foreign_expert where id = ?")) {
            query.setLong(1, id);
            try (var row = query.executeQuery()) {
                row.next();
                var json = Json.createObjectBuilder();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    json.add(row.getMetaData().getColumnLabel(column).toLowerCase(), String.valueOf(row.getObject(column)));
                }
                return json.build();
            }
        }
    }

    @Inject
    org.globaloffice.foreignteacher.boundary.ExpertDocuments documents;

    @Inject
    org.globaloffice.foreignteacher.boundary.ExpertContracts contracts;

    @Inject
    org.globaloffice.foreignteacher.boundary.ExpertTeaching teaching;

    @Inject
    org.globaloffice.foreignteacher.boundary.ExpertEvaluations evaluations;

    @Inject
    org.globaloffice.foreignteacher.boundary.ExpiryAlerts alerts;

    @Inject
    org.globaloffice.foreignteacher.boundary.ForeignTeacherPolicies policies;

    @Inject
    org.globaloffice.foreignteacher.control.DailyAlerts dailyAlerts;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "globaloffice.data-dir")
    String dataDir;

    @PUT
    @Path("experts/{id}/entry")
    public JsonObject enter(@PathParam("id") long id, @QueryParam("date") String date) {
        ForeignExpert expert = experts.find(id);
        expert.setEntryDate(java.time.LocalDate.parse(date));
        ForeignExpert saved = experts.update(expert, null);
        return record(saved.getId(), saved.getVersion());
    }

    /** Files a document; the request body, when there is one, is its scan. */
    @POST
    @Path("experts/{id}/documents")
    @jakarta.ws.rs.Consumes(MediaType.WILDCARD)
    public JsonObject fileDocument(@PathParam("id") long id, @QueryParam("type") String type,
            @QueryParam("number") String number, @QueryParam("issued") String issued,
            @QueryParam("expires") String expires, @QueryParam("fileName") String fileName, byte[] scan) {
        var document = new org.globaloffice.foreignteacher.entity.ExpertDocument(
                org.globaloffice.foreignteacher.control.DocumentType.valueOf(type), number,
                java.time.LocalDate.parse(issued), expires == null ? null : java.time.LocalDate.parse(expires));
        var filed = documents.file(id, document, fileName,
                scan == null || scan.length == 0 ? null : new java.io.ByteArrayInputStream(scan));
        return record(filed.getId(), filed.getVersion());
    }

    @DELETE
    @Path("documents/{documentId}")
    public JsonObject deleteDocument(@PathParam("documentId") long documentId, @QueryParam("version") long version) {
        documents.delete(documentId, version);
        return record(documentId, version);
    }

    /** How many scans the document store holds. */
    @jakarta.ws.rs.GET
    @Path("documents/stored")
    public JsonObject storedScans() throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Path.of(dataDir, "documents");
        long count = 0;
        if (java.nio.file.Files.isDirectory(folder)) {
            try (var files = java.nio.file.Files.list(folder)) {
                count = files.count();
            }
        }
        return Json.createObjectBuilder().add("count", count).build();
    }

    @POST
    @Path("experts/{id}/contracts")
    public JsonObject contract(@PathParam("id") long id, @QueryParam("startsOn") String startsOn,
            @QueryParam("endsOn") String endsOn, @QueryParam("weeklyHours") int weeklyHours,
            @QueryParam("salary") java.math.BigDecimal salary) {
        var contract = new org.globaloffice.foreignteacher.entity.ExpertContract(java.time.LocalDate.parse(startsOn),
                java.time.LocalDate.parse(endsOn), "Lecturer", weeklyHours);
        contract.setAnnualSalary(salary);
        var saved = contracts.save(id, contract);
        return Json.createObjectBuilder().add("id", saved.getId()).add("version", saved.getVersion())
                .add("renewal", saved.isRenewal()).build();
    }

    @POST
    @Path("experts/{id}/assessments")
    public JsonObject assess(@PathParam("id") long id, @QueryParam("year") int year,
            @QueryParam("result") org.globaloffice.foreignteacher.control.AssessmentResult result,
            @QueryParam("renew") boolean renew) {
        var saved = evaluations.save(id, new org.globaloffice.foreignteacher.entity.AnnualAssessment(year, result, renew));
        return record(saved.getId(), saved.getVersion());
    }

    @POST
    @Path("experts/{id}/evaluations")
    public JsonObject evaluate(@PathParam("id") long id, @QueryParam("semester") String semester,
            @QueryParam("score") java.math.BigDecimal score) {
        var saved = evaluations.save(id, new org.globaloffice.foreignteacher.entity.TeachingEvaluation(
                org.globaloffice.organization.entity.Semester.parse(semester), score, score, score));
        return record(saved.getId(), saved.getVersion());
    }

    @POST
    @Path("experts/{id}/teaching")
    public JsonObject teach(@PathParam("id") long id, @QueryParam("semester") String semester,
            @QueryParam("schoolId") long schoolId, @QueryParam("course") String course,
            @QueryParam("international") boolean international) {
        School school = new School();
        setId(school, schoolId);
        var assignment = new org.globaloffice.foreignteacher.entity.TeachingAssignment(
                org.globaloffice.organization.entity.Semester.parse(semester), course, school, 32);
        assignment.setInternationalStudents(international);
        var saved = teaching.save(id, assignment);
        return record(saved.getId(), saved.getVersion());
    }

    @PUT
    @Path("policy")
    public JsonObject policy(@QueryParam("alertLeadDays") int alertLeadDays) {
        var policy = policies.current();
        policy.setAlertLeadDays(alertLeadDays);
        var saved = policies.update(policy);
        return record(saved.getId(), saved.getVersion());
    }

    @POST
    @Path("alerts/recompute")
    public JsonObject recompute() {
        return Json.createObjectBuilder().add("count", alerts.recomputeNow()).build();
    }

    @Inject
    org.globaloffice.foreignteacher.boundary.RosterImports rosters;

    /** Imports the XLSX of the request body; answers the count or every error as row, column letter and key. */
    @POST
    @Path("roster")
    @jakarta.ws.rs.Consumes(MediaType.WILDCARD)
    public JsonObject importRoster(byte[] xlsx) {
        var result = rosters.importRoster(new java.io.ByteArrayInputStream(xlsx), java.util.Locale.ENGLISH);
        var errors = Json.createArrayBuilder();
        result.errors().forEach(e -> errors.add(e.row() + ":" + e.columnLetter() + ":" + e.messageKey()
                + ":" + String.join("|", e.arguments())));
        return Json.createObjectBuilder().add("imported", result.imported()).add("errors", errors).build();
    }

    @Inject
    org.globaloffice.partner.boundary.Partners partners;

    @Inject
    org.globaloffice.cooperation.boundary.CooperativePrograms programs;

    @Inject
    org.globaloffice.cooperation.boundary.Curricula curricula;

    @POST
    @Path("partners")
    public JsonObject createPartner(@QueryParam("nameOriginal") String nameOriginal, @QueryParam("nameZh") String nameZh,
            @QueryParam("country") String country) {
        var saved = partners.save(new org.globaloffice.partner.entity.PartnerInstitution(nameOriginal, nameZh, country,
                org.globaloffice.partner.entity.InstitutionType.UNIVERSITY));
        return record(saved.getId(), saved.getVersion());
    }

    @POST
    @Path("programs")
    public JsonObject createProgram(@QueryParam("schoolId") long schoolId, @QueryParam("approval") String approval,
            @QueryParam("partnerId") long partnerId) {
        School school = new School();
        setId(school, schoolId);
        var program = new org.globaloffice.cooperation.entity.CooperativeProgram(school, "中外合作项目", "Joint program",
                approval, org.globaloffice.cooperation.entity.ProgramLevel.BACHELOR, 2024);
        var saved = programs.save(program, java.util.List.of(partnerId));
        return record(saved.getId(), saved.getVersion());
    }

    /** Adds a course taught by one partner-side and one Chinese-side teacher; answers the year's check. */
    @POST
    @Path("programs/{id}/courses")
    public JsonObject addCourse(@PathParam("id") long id, @QueryParam("year") int year, @QueryParam("code") String code,
            @QueryParam("core") boolean core, @QueryParam("introduced") boolean introduced,
            @QueryParam("partnerHours") int partnerHours, @QueryParam("chineseHours") int chineseHours) {
        var course = new org.globaloffice.cooperation.entity.CurriculumCourse(null, year, code, "Course " + code,
                partnerHours + chineseHours, core, introduced);
        var teachers = new java.util.ArrayList<org.globaloffice.cooperation.entity.CourseTeacher>();
        if (partnerHours > 0) {
            teachers.add(new org.globaloffice.cooperation.entity.CourseTeacher(
                    org.globaloffice.cooperation.entity.TeacherSide.PARTNER, "Partner lecturer", partnerHours));
        }
        if (chineseHours > 0) {
            teachers.add(new org.globaloffice.cooperation.entity.CourseTeacher(
                    org.globaloffice.cooperation.entity.TeacherSide.CHINESE, "中方教师", chineseHours));
        }
        course.setTeachers(teachers);
        var result = curricula.save(id, year, course);
        return Json.createObjectBuilder().add("compliant", result.isCompliant()).build();
    }

    @DELETE
    @Path("programs/{id}/courses/{code}")
    public JsonObject deleteCourse(@PathParam("id") long id, @QueryParam("year") int year, @PathParam("code") String code) {
        var course = curricula.courses(id, year).stream().filter(c -> c.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new org.globaloffice.platform.error.RecordNotFoundException("CurriculumCourse", code));
        var result = curricula.delete(course.getId(), course.getVersion());
        return Json.createObjectBuilder().add("compliant", result.isCompliant()).build();
    }

    @Inject
    org.globaloffice.cooperation.boundary.ProgramFiles programFiles;

    @POST
    @Path("programs/{id}/enrolments")
    public JsonObject enrol(@PathParam("id") long id, @QueryParam("year") int year, @QueryParam("actual") int actual) {
        var saved = programFiles.saveEnrolment(id, new org.globaloffice.cooperation.entity.ProgramEnrolment(year,
                actual, actual));
        return record(saved.getId(), saved.getVersion());
    }

    /** Files a report of a year as submitted; the request body, when there is one, is its document. */
    @POST
    @Path("programs/{id}/reports")
    @jakarta.ws.rs.Consumes(MediaType.WILDCARD)
    public JsonObject report(@PathParam("id") long id, @QueryParam("year") int year, byte[] document) {
        var saved = programFiles.saveReport(id, new org.globaloffice.cooperation.entity.ProgramReport(year,
                org.globaloffice.cooperation.entity.ReportStatus.SUBMITTED), "report-" + year + ".pdf",
                document == null || document.length == 0 ? null : new java.io.ByteArrayInputStream(document));
        return record(saved.getId(), saved.getVersion());
    }

    @POST
    @Path("programs/{id}/trainings")
    public JsonObject train(@PathParam("id") long id, @QueryParam("heldOn") String heldOn) {
        var saved = programFiles.saveTraining(id, new org.globaloffice.cooperation.entity.TeacherTraining(
                java.time.LocalDate.parse(heldOn), "Pedagogy workshop", 16, "王老师\nJane Doe"));
        return record(saved.getId(), saved.getVersion());
    }

    /** Who tonight's digest mail would reach, and the teachers named in each one's digest. */
    @jakarta.ws.rs.GET
    @Path("alerts/digests")
    public JsonObject digests() {
        var json = Json.createObjectBuilder();
        dailyAlerts.digests().forEach((address, lines) -> json.add(address, Json.createArrayBuilder(
                lines.stream().map(l -> l.teacher() + "@" + l.schoolCode()).distinct().toList())));
        return json.build();
    }

    @jakarta.ws.rs.GET
    @Path("alerts/next-run")
    public JsonObject nextRun() {
        return Json.createObjectBuilder().add("nextRun", dailyAlerts.nextRun().map(String::valueOf).orElse("none"))
                .build();
    }

    private static JsonObject record(long id, long version) {
        return Json.createObjectBuilder().add("id", id).add("version", version).build();
    }

    static void setId(School school, long id) {
        try {
            var field = School.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(school, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
