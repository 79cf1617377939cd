package org.globaloffice.web.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.globaloffice.faculty.boundary.FacultyMembers;
import org.globaloffice.faculty.boundary.OutboundVisits;
import org.globaloffice.faculty.boundary.YoungTutors;
import org.globaloffice.faculty.entity.AcademicTitle;
import org.globaloffice.faculty.entity.DegreeLevel;
import org.globaloffice.faculty.entity.FacultyDegree;
import org.globaloffice.faculty.entity.FacultyMember;
import org.globaloffice.faculty.entity.OutboundVisit;
import org.globaloffice.faculty.entity.VisitType;
import org.globaloffice.organization.entity.School;

/**
 * Test-only: the faculty services' writes as the pages make them, for HTTP callers with the demo accounts (see
 * {@link WriteHarness}). Part of the test deployment only.
 */
@Path("test/faculty")
@Produces(MediaType.APPLICATION_JSON)
public class FacultyHarness {

    @Inject
    FacultyMembers members;

    @Inject
    OutboundVisits visits;

    @Inject
    YoungTutors tutors;

    @POST
    @Path("members")
    public JsonObject member(@QueryParam("schoolId") long schoolId, @QueryParam("staffNumber") String staffNumber) {
        School school = new School();
        WriteHarness.setId(school, schoolId);
        FacultyMember saved = members.save(new FacultyMember(school, staffNumber, "测试教师", AcademicTitle.LECTURER));
        return record(saved.getId(), saved.getVersion(), null);
    }

    @POST
    @Path("members/{id}/degrees")
    public JsonObject degree(@PathParam("id") long id, @QueryParam("country") String country,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        FacultyDegree saved = members.saveDegree(id, new FacultyDegree(DegreeLevel.MASTER, "University abroad",
                country, LocalDate.parse(from), LocalDate.parse(to)));
        return record(saved.getId(), saved.getVersion(), null);
    }

    @POST
    @Path("visits")
    public JsonObject apply(@QueryParam("memberId") long memberId, @QueryParam("departs") String departs,
            @QueryParam("returns") String returns) {
        OutboundVisit visit = new OutboundVisit();
        visit.setType(VisitType.INTERNATIONAL_CONFERENCE);
        visit.setCountry("de");
        visit.setInstitution("Universität Heidelberg");
        visit.setPurpose("Paper at a conference");
        visit.setDepartsOn(LocalDate.parse(departs));
        visit.setReturnsOn(LocalDate.parse(returns));
        visit.setFundingSource("School budget");
        return of(visits.saveApplication(memberId, visit));
    }

    @POST
    @Path("visits/{id}/{step}")
    public JsonObject step(@PathParam("id") long id, @PathParam("step") String step,
            @QueryParam("version") long version, @QueryParam("comment") String comment,
            @QueryParam("rating") int rating, @QueryParam("report") String report) {
        OutboundVisit visit = switch (step) {
            case "submit" -> visits.submit(id, version);
            case "withdraw" -> visits.withdraw(id, version);
            case "approve" -> visits.approve(id, version, comment);
            case "return" -> visits.sendBack(id, version, comment);
            case "report" -> visits.fileReport(id, version, report);
            case "evaluate" -> visits.evaluate(id, version, rating, comment);
            default -> throw new IllegalArgumentException(step);
        };
        return of(visit);
    }

    @Inject
    org.globaloffice.faculty.boundary.FacultyImports imports;

    /** Imports the XLSX of the request body; answers the count or every error as row, column letter and key. */
    @POST
    @Path("roster")
    @jakarta.ws.rs.Consumes(MediaType.WILDCARD)
    public JsonObject importRoster(byte[] xlsx) {
        var result = imports.importRoster(new java.io.ByteArrayInputStream(xlsx));
        var errors = Json.createArrayBuilder();
        result.errors().forEach(e -> errors.add(e.row() + ":" + e.columnLetter() + ":" + e.messageKey()));
        return Json.createObjectBuilder().add("imported", result.imported()).add("errors", errors).build();
    }

    @POST
    @Path("tutors")
    public JsonObject appoint(@QueryParam("memberId") long memberId, @QueryParam("major") String major,
            @QueryParam("year") int year) {
        var saved = tutors.appoint(memberId, major, year, null);
        return record(saved.getId(), saved.getVersion(), null);
    }

    private static JsonObject of(OutboundVisit visit) {
        return record(visit.getId(), visit.getVersion(), visit.getState().name());
    }

    private static JsonObject record(long id, long version, String state) {
        var json = Json.createObjectBuilder().add("id", id).add("version", version);
        if (state != null) {
            json.add("state", state);
        }
        return json.build();
    }
}
