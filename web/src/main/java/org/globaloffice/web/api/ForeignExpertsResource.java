package org.globaloffice.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.globaloffice.foreignteacher.boundary.ExpertContracts;
import org.globaloffice.foreignteacher.boundary.ExpertDocuments;
import org.globaloffice.foreignteacher.boundary.ExpertEvaluations;
import org.globaloffice.foreignteacher.boundary.ExpertTeaching;
import org.globaloffice.foreignteacher.boundary.ExpiryAlerts;
import org.globaloffice.foreignteacher.boundary.ForeignExperts;
import org.globaloffice.foreignteacher.control.DocumentStore;
import org.globaloffice.foreignteacher.entity.AnnualAssessment;
import org.globaloffice.foreignteacher.entity.ExpertContract;
import org.globaloffice.foreignteacher.entity.ExpertDocument;
import org.globaloffice.foreignteacher.entity.TeachingAssignment;
import org.globaloffice.foreignteacher.entity.TeachingEvaluation;
import org.globaloffice.foreignteacher.control.PermitCategory;
import org.globaloffice.foreignteacher.control.QualificationCheck;
import org.globaloffice.foreignteacher.entity.ForeignExpert;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.web.api.Representations.PageJson;

/** Foreign teachers and experts, read-only; passport numbers only ever as their last four characters. */
@Path("v1/foreign-experts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Foreign teachers and experts")
public class ForeignExpertsResource {

    public record ExpertJson(long id, long schoolId, String schoolCode, String nativeName, String chineseName,
            String nationality, LocalDate birthDate, String passport, String stage, String intendedCategory,
            LocalDate entryDate, long version) {
        static ExpertJson of(ForeignExpert e) {
            return new ExpertJson(e.getId(), e.getSchool().getId(), e.getSchool().getCode(), e.getNativeName(),
                    e.getChineseName(), e.getNationality(), e.getBirthDate(), e.getMaskedPassport(),
                    e.getStage().name(), e.getIntendedCategory().name(), e.getEntryDate(), e.getVersion());
        }
    }

    public record RequirementJson(String key, boolean met, List<String> figures) {
    }

    public record QualificationJson(String category, boolean qualifies, List<RequirementJson> requirements) {
        static QualificationJson of(QualificationCheck.Result result) {
            return new QualificationJson(result.category().name(), result.qualifies(), result.requirements().stream()
                    .map(r -> new RequirementJson(r.key(), r.met(),
                            Arrays.stream(r.figures()).map(String::valueOf).toList()))
                    .toList());
        }
    }

    public record DocumentJson(long id, String type, String number, LocalDate issuedOn, LocalDate expiresOn,
            String fileName, String contentType, Long fileSize, String sha256, long version) {
        static DocumentJson of(ExpertDocument d) {
            return new DocumentJson(d.getId(), d.getDocumentType().name(), d.getNumber(), d.getIssuedOn(),
                    d.getExpiresOn(), d.getFileName(), d.getContentType(), d.getFileSize(), d.getFileSha256(),
                    d.getVersion());
        }
    }

    /** The salary is null for everybody but the office: the service leaves it out. */
    public record ContractJson(long id, LocalDate startsOn, LocalDate endsOn, String position, String salaryGrade,
            BigDecimal annualSalary, int weeklyHours, boolean renewal, long version) {
        static ContractJson of(ExpertContract c) {
            return new ContractJson(c.getId(), c.getStartsOn(), c.getEndsOn(), c.getPosition(), c.getSalaryGrade(),
                    c.getAnnualSalary(), c.getWeeklyHours(), c.isRenewal(), c.getVersion());
        }
    }

    public record TeachingJson(long id, String semester, String course, long schoolId, String schoolCode,
            Long disciplineId, int hours, String cooperativeProgram, boolean internationalStudents, long version) {
        static TeachingJson of(TeachingAssignment t) {
            return new TeachingJson(t.getId(), t.getSemester().toString(), t.getCourse(), t.getSchool().getId(),
                    t.getSchool().getCode(), t.getDiscipline() == null ? null : t.getDiscipline().getId(), t.getHours(),
                    t.getCooperativeProgram(), t.isInternationalStudents(), t.getVersion());
        }
    }

    public record EvaluationJson(long id, String semester, BigDecimal studentScore, BigDecimal peerScore,
            BigDecimal schoolScore, String comments, long version) {
        static EvaluationJson of(TeachingEvaluation e) {
            return new EvaluationJson(e.getId(), e.getSemester().toString(), e.getStudentScore(), e.getPeerScore(),
                    e.getSchoolScore(), e.getComments(), e.getVersion());
        }
    }

    public record AssessmentJson(long id, int year, String result, boolean recommendRenewal, String comments,
            long version) {
        static AssessmentJson of(AnnualAssessment a) {
            return new AssessmentJson(a.getId(), a.getYear(), a.getResult().name(), a.isRecommendRenewal(),
                    a.getComments(), a.getVersion());
        }
    }

    @Inject
    ForeignExperts experts;

    @Inject
    ExpertDocuments documents;

    @Inject
    ExpertContracts contracts;

    @Inject
    ExpertTeaching teaching;

    @Inject
    ExpertEvaluations evaluations;

    @Inject
    ExpiryAlerts alerts;

    @GET
    @Operation(summary = "Foreign teachers and experts of the caller's scope, paged; filters by school, stage, nationality,"
            + " permit category and alert (ANY, DUE_SOON, OVERDUE)")
    public PageJson<ExpertJson> list(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("schoolId") Long schoolId,
            @QueryParam("stage") String stage, @QueryParam("nationality") String nationality,
            @QueryParam("category") String category, @QueryParam("alert") String alert) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("school.id", schoolId);
        filters.put("stage", stage);
        filters.put("nationality", nationality);
        filters.put("intendedCategory", category);
        filters.put(ForeignExperts.ALERT_FILTER, alert);
        filters.values().removeIf(v -> v == null);
        return PageJson.of(experts.page(new PageRequest(first, size, null, true, filters)), first, ExpertJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One foreign teacher or expert")
    @APIResponse(responseCode = "404", description = "No such person in the caller's scope")
    public ExpertJson get(@PathParam("id") long id) {
        return ExpertJson.of(experts.find(id));
    }

    @GET
    @Path("{id}/qualification")
    @Operation(summary = "The work-permit qualification check, requirement by requirement (category: A, B,"
            + " B_LANGUAGE_TEACHER, C; default the intended one)")
    public QualificationJson qualification(@PathParam("id") long id, @QueryParam("category") PermitCategory category) {
        return QualificationJson.of(experts.qualification(id, category));
    }

    @GET
    @Path("{id}/documents")
    @Operation(summary = "The person's documents (without the scans)")
    public List<DocumentJson> documents(@PathParam("id") long id) {
        return documents.ofExpert(id).stream().map(DocumentJson::of).toList();
    }

    @GET
    @Path("documents/{documentId}/scan")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The scan of a document, as filed (PDF, JPEG or PNG)")
    @APIResponse(responseCode = "404", description = "No such document or scan in the caller's scope")
    public Response scan(@PathParam("documentId") long documentId) {
        DocumentStore.Download scan = documents.scan(documentId);
        StreamingOutput body = out -> {
            try (InputStream in = scan.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, scan.contentType()).header("Content-Length", scan.size())
                .header("Content-Disposition", ContentDisposition.attachment(scan.fileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("{id}/contracts")
    @Operation(summary = "The person's contracts; the salary only for the office")
    public List<ContractJson> contracts(@PathParam("id") long id) {
        return contracts.ofExpert(id).stream().map(ContractJson::of).toList();
    }

    @GET
    @Path("{id}/teaching")
    @Operation(summary = "What the person teaches, semester by semester")
    public List<TeachingJson> teaching(@PathParam("id") long id) {
        return teaching.ofExpert(id).stream().map(TeachingJson::of).toList();
    }

    @GET
    @Path("{id}/evaluations")
    @Operation(summary = "The person's semester evaluations")
    public List<EvaluationJson> evaluations(@PathParam("id") long id) {
        return evaluations.evaluationsOf(id).stream().map(EvaluationJson::of).toList();
    }

    @GET
    @Path("{id}/assessments")
    @Operation(summary = "The person's annual assessments")
    public List<AssessmentJson> assessments(@PathParam("id") long id) {
        return evaluations.assessmentsOf(id).stream().map(AssessmentJson::of).toList();
    }

    @GET
    @Path("{id}/alerts")
    @Operation(summary = "What of the person's file expires or falls due within the lead time, or is overdue")
    public List<ExpiryAlertsResource.AlertJson> alerts(@PathParam("id") long id) {
        return alerts.ofExpert(id).stream().map(ExpiryAlertsResource.AlertJson::of).toList();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "What happened to the person and their file, newest first (from the audit trail)")
    public List<Representations.AuditJson> history(@PathParam("id") long id) {
        return experts.history(id).stream().map(Representations.AuditJson::of).toList();
    }
}
