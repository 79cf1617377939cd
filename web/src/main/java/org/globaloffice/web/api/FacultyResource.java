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
import org.globaloffice.faculty.boundary.FacultyMembers;
import org.globaloffice.faculty.boundary.OutboundVisits;
import org.globaloffice.faculty.boundary.YoungTutors;
import org.globaloffice.faculty.entity.FacultyDegree;
import org.globaloffice.faculty.entity.FacultyMember;
import org.globaloffice.faculty.entity.OutboundVisit;
import org.globaloffice.faculty.entity.YoungTutor;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.web.api.Representations.PageJson;

/** Faculty members with their degrees and overseas experience, outbound visits, and young tutors. */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Faculty internationalization")
public class FacultyResource {

    public record MemberJson(long id, String staffNumber, long schoolId, String schoolCode, String chineseName,
            String englishName, String title, String languages, String email, boolean active, long version) {
        static MemberJson of(FacultyMember m) {
            return new MemberJson(m.getId(), m.getStaffNumber(), m.getSchool().getId(), m.getSchool().getCode(),
                    m.getChineseName(), m.getEnglishName(), m.getTitle().name(), m.getLanguages(), m.getEmail(),
                    m.isActive(), m.getVersion());
        }
    }

    public record DegreeJson(long id, String level, String field, String institution, String country,
            boolean abroad, LocalDate startedOn, LocalDate conferredOn, long version) {
        static DegreeJson of(FacultyDegree d) {
            return new DegreeJson(d.getId(), d.getLevel().name(), d.getField(), d.getInstitution(), d.getCountry(),
                    d.isAbroad(), d.getStartedOn(), d.getConferredOn(), d.getVersion());
        }
    }

    public record VisitJson(long id, long memberId, String staffNumber, String memberName, String schoolCode,
            String type, String country, String institution, String purpose, LocalDate departsOn,
            LocalDate returnsOn, String fundingSource, BigDecimal budget, String state, String applicant,
            String schoolDecisionBy, String schoolComment, String officeDecisionBy, String officeComment,
            LocalDate reportFiledOn, Integer rating, String evaluation, long version) {
        static VisitJson of(OutboundVisit v) {
            return new VisitJson(v.getId(), v.getMember().getId(), v.getMember().getStaffNumber(),
                    v.getMember().getChineseName(), v.getSchool().getCode(), v.getType().name(), v.getCountry(),
                    v.getInstitution(), v.getPurpose(), v.getDepartsOn(), v.getReturnsOn(), v.getFundingSource(),
                    v.getBudget(), v.getState().name(), v.getApplicant(), v.getSchoolDecisionBy(),
                    v.getSchoolComment(), v.getOfficeDecisionBy(), v.getOfficeComment(), v.getReportFiledOn(),
                    v.getRating(), v.getEvaluation(), v.getVersion());
        }
    }

    public record TutorJson(long id, long memberId, String staffNumber, String memberName, String schoolCode,
            String major, int year, String note, long version) {
        static TutorJson of(YoungTutor t) {
            return new TutorJson(t.getId(), t.getMember().getId(), t.getMember().getStaffNumber(),
                    t.getMember().getChineseName(), t.getMember().getSchool().getCode(), t.getMajor(), t.getYear(),
                    t.getNote(), t.getVersion());
        }
    }

    public record ShareJson(long schoolId, String schoolCode, long members, long experienced, double percent) {
    }

    @Inject
    FacultyMembers members;

    @Inject
    OutboundVisits visits;

    @Inject
    YoungTutors tutors;

    @GET
    @Path("faculty-members")
    @Operation(summary = "Faculty members of the caller's scope, paged; filters by school, staff number, title and"
            + " whether on the staff")
    public PageJson<MemberJson> members(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("schoolId") Long schoolId,
            @QueryParam("staffNumber") String staffNumber, @QueryParam("title") String title,
            @QueryParam("active") Boolean active) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("school.id", schoolId);
        filters.put("staffNumber", staffNumber);
        filters.put("title", title);
        filters.put("active", active);
        filters.values().removeIf(v -> v == null);
        return PageJson.of(members.page(new PageRequest(first, size, null, true, filters)), first, MemberJson::of);
    }

    @GET
    @Path("faculty-members/{id}")
    @Operation(summary = "One faculty member")
    public MemberJson member(@PathParam("id") long id) {
        return MemberJson.of(members.find(id));
    }

    @GET
    @Path("faculty-members/{id}/degrees")
    @Operation(summary = "The member's degrees, latest first; a degree from abroad counts as overseas experience")
    public List<DegreeJson> degrees(@PathParam("id") long id) {
        return members.degrees(id).stream().map(DegreeJson::of).toList();
    }

    @GET
    @Path("faculty-members/{id}/overseas-experience")
    @Operation(summary = "The member's days abroad from trips and degrees, and whether they reach the threshold")
    public FacultyMembers.Experience experience(@PathParam("id") long id) {
        return members.experience(id);
    }

    @GET
    @Path("faculty-members/{id}/visits")
    @Operation(summary = "The member's outbound visits, latest first")
    public List<VisitJson> memberVisits(@PathParam("id") long id) {
        return visits.ofMember(id).stream().map(VisitJson::of).toList();
    }

    @GET
    @Path("overseas-experience")
    @Operation(summary = "Each school's members on the staff and how many of them have overseas experience")
    public List<ShareJson> shares() {
        return members.schoolShares().stream().map(s -> new ShareJson(s.schoolId(), s.schoolCode(), s.members(),
                s.experienced(), s.percent())).toList();
    }

    @GET
    @Path("outbound-visits")
    @Operation(summary = "Outbound visits of the caller's scope, paged; filters by school, state and type;"
            + " overdue=true lists the approved trips whose return report is late")
    public PageJson<VisitJson> visits(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("schoolId") Long schoolId,
            @QueryParam("state") String state, @QueryParam("type") String type,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("school.id", schoolId);
        filters.put("state", state);
        filters.put("type", type);
        filters.values().removeIf(v -> v == null);
        return PageJson.of(visits.page(new PageRequest(first, size, null, true, filters), overdue), first,
                VisitJson::of);
    }

    @GET
    @Path("outbound-visits/{id}")
    @Operation(summary = "One outbound visit with its approvals, return report and evaluation")
    public VisitJson visit(@PathParam("id") long id) {
        return VisitJson.of(visits.find(id));
    }

    @GET
    @Path("young-tutors")
    @Operation(summary = "Young tutors of the caller's scope, paged; filters by school and year")
    public PageJson<TutorJson> tutors(@QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size, @QueryParam("schoolId") Long schoolId,
            @QueryParam("year") Integer year) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("member.school.id", schoolId);
        filters.put("year", year);
        filters.values().removeIf(v -> v == null);
        return PageJson.of(tutors.page(new PageRequest(first, size, null, true, filters)), first, TutorJson::of);
    }
}
