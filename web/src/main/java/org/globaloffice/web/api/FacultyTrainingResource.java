package org.globaloffice.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.globaloffice.faculty.boundary.CompetencePrograms;
import org.globaloffice.faculty.boundary.CompetencePrograms.Participant;
import org.globaloffice.faculty.boundary.LanguageTraining;
import org.globaloffice.faculty.control.CompetenceTotals;
import org.globaloffice.faculty.entity.CompetenceProgram;
import org.globaloffice.faculty.entity.CompetenceSession;
import org.globaloffice.faculty.entity.LanguageAssessment;
import org.globaloffice.faculty.entity.LanguageClass;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.web.api.Representations.PageJson;

/**
 * Faculty training: global competence programs with their sessions, participants and totals; language classes and
 * assessments. One resource per path below {@code v1}, as the others, sharing the JSON shapes declared here.
 */
public final class FacultyTrainingResource {

    private FacultyTrainingResource() {
    }

    public record CompetenceProgramJson(long id, int year, String title, String organiser, Long schoolId,
            String schoolCode, BigDecimal budget, String description, long version) {
        static CompetenceProgramJson of(CompetenceProgram p) {
            return new CompetenceProgramJson(p.getId(), p.getYear(), p.getTitle(), p.getOrganiser(),
                    p.getSchool() == null ? null : p.getSchool().getId(),
                    p.getSchool() == null ? null : p.getSchool().getCode(), p.getBudget(), p.getDescription(),
                    p.getVersion());
        }
    }

    public record LecturerJson(String name, String kind, String institution) {
    }

    public record SessionJson(long id, String theme, LocalDate startsOn, LocalDate endsOn, int hours, String place,
            String onlineLink, List<LecturerJson> lecturers, long version) {
        static SessionJson of(CompetenceSession s) {
            return new SessionJson(s.getId(), s.getTheme(), s.getStartsOn(), s.getEndsOn(), s.getHours(),
                    s.getPlace(), s.getOnlineLink(), s.getLecturers().stream()
                            .map(l -> new LecturerJson(l.getName(), l.getKind().name(), l.getInstitution())).toList(),
                    s.getVersion());
        }
    }

    public record ParticipantJson(long memberId, String staffNumber, String chineseName, String englishName,
            String schoolCode, LocalDate enrolledOn, int attendedHours, int requiredHours, int totalHours,
            boolean completed) {
        static ParticipantJson of(Participant p) {
            return new ParticipantJson(p.memberId(), p.staffNumber(), p.chineseName(), p.englishName(),
                    p.schoolCode(), p.enrolledOn(), p.attendedHours(), p.requiredHours(), p.totalHours(),
                    p.completed());
        }
    }

    public record ProgramTotalsJson(int sessions, int participants, int teachingHours, int requiredHours,
            int completed, BigDecimal completionPercent) {
        static ProgramTotalsJson of(CompetenceTotals.ProgramTotals t) {
            return new ProgramTotalsJson(t.sessions(), t.participants(), t.teachingHours(), t.requiredHours(),
                    t.completed(), t.completionPercent());
        }
    }

    public record YearTotalsJson(int year, int programs, int sessions, int teachingHours, int participants,
            int completed, BigDecimal completionPercent) {
        static YearTotalsJson of(CompetenceTotals.YearTotals t) {
            return new YearTotalsJson(t.year(), t.programs(), t.sessions(), t.teachingHours(), t.participants(),
                    t.completed(), t.completionPercent());
        }
    }

    public record LanguageClassJson(long id, int year, String title, String language, String level,
            LocalDate startsOn, LocalDate endsOn, int hours, String teacher, long version) {
        static LanguageClassJson of(LanguageClass c) {
            return new LanguageClassJson(c.getId(), c.getYear(), c.getTitle(), c.getLanguage(), c.getLevel().name(),
                    c.getStartsOn(), c.getEndsOn(), c.getHours(), c.getTeacher(), c.getVersion());
        }
    }

    public record AssessmentJson(long id, long memberId, String staffNumber, String chineseName, String schoolCode,
            String testName, LocalDate takenOn, BigDecimal score, boolean passed, long version) {
        static AssessmentJson of(LanguageAssessment a) {
            return new AssessmentJson(a.getId(), a.getMember().getId(), a.getMember().getStaffNumber(),
                    a.getMember().getChineseName(), a.getMember().getSchool().getCode(), a.getTestName(),
                    a.getTakenOn(), a.getScore(), a.isPassed(), a.getVersion());
        }
    }

    /** Global competence programs, their sessions, participants and totals. */
    @Path("v1/competence-programs")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Faculty training")
    public static class Programs {

        @Inject
        CompetencePrograms programs;

        @GET
        @Operation(summary = "Global competence programs the caller can see (the whole university's and their school's),"
                + " paged; filters by year, title, organiser and organising school")
        public PageJson<CompetenceProgramJson> programs(@QueryParam("first") @DefaultValue("0") int first,
                @QueryParam("size") @DefaultValue("50") int size, @QueryParam("year") Integer year,
                @QueryParam("title") String title, @QueryParam("organiser") String organiser,
                @QueryParam("schoolId") Long schoolId) {
            Map<String, Object> filters = new HashMap<>();
            filters.put("year", year);
            filters.put("title", title);
            filters.put("organiser", organiser);
            filters.put("school.id", schoolId);
            filters.values().removeIf(v -> v == null);
            return PageJson.of(programs.page(new PageRequest(first, size, null, true, filters)), first,
                    CompetenceProgramJson::of);
        }

        @GET
        @Path("{id}")
        @Operation(summary = "One global competence program")
        public CompetenceProgramJson program(@PathParam("id") long id) {
            return CompetenceProgramJson.of(programs.find(id));
        }

        @GET
        @Path("{id}/sessions")
        @Operation(summary = "The program's sessions in teaching order, with their lecturers")
        public List<SessionJson> sessions(@PathParam("id") long id) {
            return programs.sessions(id).stream().map(SessionJson::of).toList();
        }

        @GET
        @Path("{id}/participants")
        @Operation(summary = "The program's participants the caller may see, paged, with the hours attended, the hours"
                + " that complete the program and whether they did; filters by staff number, name and school")
        public PageJson<ParticipantJson> participants(@PathParam("id") long id,
                @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size,
                @QueryParam("staffNumber") String staffNumber, @QueryParam("name") String name,
                @QueryParam("schoolId") Long schoolId) {
            Map<String, Object> filters = new HashMap<>();
            filters.put("member.staffNumber", staffNumber);
            filters.put("member.chineseName", name);
            filters.put("member.school.id", schoolId);
            filters.values().removeIf(v -> v == null);
            return PageJson.of(programs.participants(id, new PageRequest(first, size, null, true, filters)), first,
                    ParticipantJson::of);
        }

        @GET
        @Path("{id}/totals")
        @Operation(summary = "The program's sessions, participants, teaching hours and completion")
        public ProgramTotalsJson totals(@PathParam("id") long id) {
            return ProgramTotalsJson.of(programs.totals(id));
        }
    }

    /** The yearly figures of global competence programs. */
    @Path("v1/competence-totals")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Faculty training")
    public static class Totals {

        @Inject
        CompetencePrograms programs;

        @GET
        @Operation(summary = "Per year, over the programs the caller can see: programs, sessions, teaching hours, members"
                + " who took part and members who completed a program; of one year when year is given")
        public List<YearTotalsJson> totalsByYear(@QueryParam("year") Integer year) {
            return programs.totalsByYear(year).stream().map(YearTotalsJson::of).toList();
        }
    }

    /** Foreign-language training classes. */
    @Path("v1/language-classes")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Faculty training")
    public static class Classes {

        @Inject
        LanguageTraining training;

        @GET
        @Operation(summary = "Foreign-language training classes, paged; filters by year, level and language")
        public PageJson<LanguageClassJson> classes(@QueryParam("first") @DefaultValue("0") int first,
                @QueryParam("size") @DefaultValue("50") int size, @QueryParam("year") Integer year,
                @QueryParam("level") String level, @QueryParam("language") String language) {
            Map<String, Object> filters = new HashMap<>();
            filters.put("year", year);
            filters.put("level", level);
            filters.put("language", language);
            filters.values().removeIf(v -> v == null);
            return PageJson.of(training.classes(new PageRequest(first, size, null, true, filters)), first,
                    LanguageClassJson::of);
        }

        @GET
        @Path("{id}")
        @Operation(summary = "One foreign-language training class")
        public LanguageClassJson languageClass(@PathParam("id") long id) {
            return LanguageClassJson.of(training.findClass(id));
        }
    }

    /** Language test results for performance appraisal. */
    @Path("v1/language-assessments")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Faculty training")
    public static class Assessments {

        @Inject
        LanguageTraining training;

        @GET
        @Operation(summary = "Language test results of the caller's scope, latest first, paged; filters by staff number,"
                + " name, school, test, year taken and result")
        public PageJson<AssessmentJson> assessments(@QueryParam("first") @DefaultValue("0") int first,
                @QueryParam("size") @DefaultValue("50") int size, @QueryParam("staffNumber") String staffNumber,
                @QueryParam("name") String name, @QueryParam("schoolId") Long schoolId, @QueryParam("test") String test,
                @QueryParam("year") Integer year, @QueryParam("passed") Boolean passed) {
            Map<String, Object> filters = new HashMap<>();
            filters.put("member.staffNumber", staffNumber);
            filters.put("member.chineseName", name);
            filters.put("member.school.id", schoolId);
            filters.put("testName", test);
            filters.put(LanguageTraining.YEAR, year);
            filters.put("passed", passed);
            filters.values().removeIf(v -> v == null);
            return PageJson.of(training.assessments(new PageRequest(first, size, null, true, filters)), first,
                    AssessmentJson::of);
        }
    }
}
