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
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.globaloffice.cooperation.boundary.CooperativePrograms;
import org.globaloffice.cooperation.boundary.Curricula;
import org.globaloffice.cooperation.boundary.ProgramFiles;
import org.globaloffice.cooperation.control.FourThirdsCheck;
import org.globaloffice.cooperation.entity.ComplianceRecord;
import org.globaloffice.cooperation.entity.CooperativeProgram;
import org.globaloffice.cooperation.entity.CurriculumCourse;
import org.globaloffice.partner.boundary.Partners;
import org.globaloffice.partner.entity.PartnerInstitution;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.web.api.Representations.PageJson;

/** Partner institutions and Sino-foreign cooperative programs with their curricula and four one-thirds checks. */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperative programs")
public class CooperationResource {

    public record PartnerJson(long id, String nameOriginal, String nameZh, String country, String type, String city,
            String website, long version) {
        static PartnerJson of(PartnerInstitution p) {
            return new PartnerJson(p.getId(), p.getNameOriginal(), p.getNameZh(), p.getCountry(), p.getType().name(),
                    p.getCity(), p.getWebsite(), p.getVersion());
        }
    }

    public record ProgramJson(long id, long schoolId, String schoolCode, Long disciplineId, String nameZh,
            String nameEn, String approvalNumber, String level, int startYear, LocalDate agreementEndsOn,
            String status, List<Long> partnerIds, long version) {
        static ProgramJson of(CooperativeProgram p) {
            return new ProgramJson(p.getId(), p.getSchool().getId(), p.getSchool().getCode(),
                    p.getDiscipline() == null ? null : p.getDiscipline().getId(), p.getName().getZh(),
                    p.getName().getEn(), p.getApprovalNumber(), p.getLevel().name(), p.getStartYear(),
                    p.getAgreementEndsOn(), p.getStatus().name(),
                    p.getPartners().stream().map(PartnerInstitution::getId).toList(), p.getVersion());
        }
    }

    public record TeacherJson(String side, String name, Long foreignExpertId, int hours) {
    }

    public record CourseJson(long id, int academicYear, String code, String name, BigDecimal credits, int hours,
            boolean core, boolean introduced, List<TeacherJson> teachers, long version) {
        static CourseJson of(CurriculumCourse c) {
            return new CourseJson(c.getId(), c.getAcademicYear(), c.getCode(), c.getName(), c.getCredits(),
                    c.getTeachingHours(), c.isCore(), c.isIntroduced(), c.getTeachers().stream()
                            .map(t -> new TeacherJson(t.getSide().name(), t.getName(), t.getForeignExpertId(),
                                    t.getHours())).toList(), c.getVersion());
        }
    }

    public record FixJson(String change, String unit, long amount, List<String> courses) {
    }

    public record ShareJson(String criterion, long numerator, long denominator, String percent, String status,
            List<FixJson> fixes) {
    }

    public record CheckJson(int academicYear, boolean compliant, String basis, List<ShareJson> shares) {
        static CheckJson of(int year, FourThirdsCheck.Result r) {
            return new CheckJson(year, r.isCompliant(), r.basis().name(), r.shares().stream()
                    .map(s -> new ShareJson(s.criterion().name(), s.ratio().numerator(), s.ratio().denominator(),
                            s.ratio().isDefined() ? s.ratio().percentText() : null, s.status().name(),
                            s.fixes().stream().map(f -> new FixJson(f.change().name(), f.change().unit().name(),
                                    f.amount(), f.courses())).toList()))
                    .toList());
        }
    }

    public record ComplianceJson(int academicYear, Instant recordedAt, String recordedBy, boolean compliant,
            ComplianceRecord.Figures figures) {
        static ComplianceJson of(ComplianceRecord r) {
            return new ComplianceJson(r.getAcademicYear(), r.getRecordedAt(), r.getRecordedBy(), r.isCompliant(),
                    r.figures());
        }
    }

    @Inject
    Partners partners;

    @Inject
    CooperativePrograms programs;

    @Inject
    Curricula curricula;

    @GET
    @Path("partners")
    @Operation(summary = "Partner institutions, paged; filters by country and type")
    public PageJson<PartnerJson> partners(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("country") String country,
            @QueryParam("type") String type) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("country", country);
        filters.put("type", type);
        filters.values().removeIf(v -> v == null);
        return PageJson.of(partners.page(new PageRequest(first, size, null, true, filters)), first, PartnerJson::of);
    }

    @GET
    @Path("partners/{id}")
    @Operation(summary = "One partner institution")
    public PartnerJson partner(@PathParam("id") long id) {
        return PartnerJson.of(partners.find(id));
    }

    @GET
    @Path("cooperative-programs")
    @Operation(summary = "Cooperative programs of the caller's scope, paged; filters by school, level and status")
    public PageJson<ProgramJson> programs(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("schoolId") Long schoolId,
            @QueryParam("level") String level, @QueryParam("status") String status) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("school.id", schoolId);
        filters.put("level", level);
        filters.put("status", status);
        filters.values().removeIf(v -> v == null);
        return PageJson.of(programs.page(new PageRequest(first, size, null, true, filters)), first, ProgramJson::of);
    }

    @GET
    @Path("cooperative-programs/{id}")
    @Operation(summary = "One cooperative program")
    public ProgramJson program(@PathParam("id") long id) {
        return ProgramJson.of(programs.find(id));
    }

    @GET
    @Path("cooperative-programs/{id}/curricula/{year}")
    @Operation(summary = "The program's curriculum of an academic year, course by course, with who teaches it")
    public List<CourseJson> curriculum(@PathParam("id") long id, @PathParam("year") int year) {
        return curricula.courses(id, year).stream().map(CourseJson::of).toList();
    }

    @GET
    @Path("cooperative-programs/{id}/curricula/{year}/four-thirds")
    @Operation(summary = "The four one-thirds check of the curriculum: each share as a fraction, and the smallest fixes")
    public CheckJson check(@PathParam("id") long id, @PathParam("year") int year) {
        return CheckJson.of(year, curricula.check(id, year));
    }

    @GET
    @Path("cooperative-programs/{id}/compliance-history")
    @Operation(summary = "Every kept result of the check, latest year and latest change first")
    public List<ComplianceJson> history(@PathParam("id") long id) {
        return curricula.history(id).stream().map(ComplianceJson::of).toList();
    }

    public record EnrolmentJson(long id, int year, int planned, Integer actual, long version) {
    }

    public record ReportJson(long id, int year, String status, LocalDate submittedOn, String fileName,
            String contentType, Long fileSize, String sha256, long version) {
    }

    public record TrainingJson(long id, LocalDate heldOn, String title, int hours, List<String> attendees,
            long version) {
    }

    public record FlagJson(String kind, List<Object> figures) {
    }

    @Inject
    ProgramFiles files;

    @GET
    @Path("cooperative-programs/{id}/enrolments")
    @Operation(summary = "Planned places and students enrolled, year by year")
    public List<EnrolmentJson> enrolments(@PathParam("id") long id) {
        return files.enrolments(id).stream()
                .map(e -> new EnrolmentJson(e.getId(), e.getYear(), e.getPlanned(), e.getActual(), e.getVersion()))
                .toList();
    }

    @GET
    @Path("cooperative-programs/{id}/annual-reports")
    @Operation(summary = "The annual reports and self-evaluations, their status and document (without its bytes)")
    public List<ReportJson> reports(@PathParam("id") long id) {
        return files.reports(id).stream().map(r -> new ReportJson(r.getId(), r.getYear(), r.getStatus().name(),
                r.getSubmittedOn(), r.getFileName(), r.getContentType(), r.getFileSize(), r.getFileSha256(),
                r.getVersion())).toList();
    }

    @GET
    @Path("cooperative-programs/{id}/teacher-trainings")
    @Operation(summary = "The yearly trainings of the program's teachers and who attended")
    public List<TrainingJson> trainings(@PathParam("id") long id) {
        return files.trainings(id).stream().map(t -> new TrainingJson(t.getId(), t.getHeldOn(), t.getTitle(),
                t.getHours(), t.attendeeNames(), t.getVersion())).toList();
    }

    @GET
    @Path("cooperative-programs/{id}/risk-flags")
    @Operation(summary = "The program's risk flags against the office's thresholds: NO_ANNUAL_REPORT, NO_ENROLMENT,"
            + " AGREEMENT_EXPIRING, AGREEMENT_EXPIRED, BELOW_ONE_THIRD, NO_TEACHER_TRAINING")
    public List<FlagJson> flags(@PathParam("id") long id) {
        return files.riskFlags(id).stream().map(f -> new FlagJson(f.kind().name(), f.figures())).toList();
    }
}
