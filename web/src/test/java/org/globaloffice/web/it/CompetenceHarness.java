package org.globaloffice.web.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.globaloffice.faculty.boundary.CompetenceCertificate;
import org.globaloffice.faculty.boundary.CompetencePrograms;
import org.globaloffice.faculty.boundary.CompetencePrograms.AttendanceEntry;
import org.globaloffice.faculty.boundary.LanguageTraining;
import org.globaloffice.faculty.boundary.FacultyMembers;
import org.globaloffice.faculty.entity.CompetenceProgram;
import org.globaloffice.faculty.entity.CompetenceSession;
import org.globaloffice.faculty.entity.LanguageAssessment;
import org.globaloffice.faculty.entity.LecturerKind;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.platform.error.RecordNotFoundException;

/**
 * Test-only, like {@link WriteHarness}: the writes of competence programs and language assessments as the pages make
 * them (the caller's own identity, detached records in, typed refusals out through the application's error
 * mappers). Part of {@link FacultyTrainingIT}'s deployment only.
 */
@Path("test/competence")
@Produces(MediaType.APPLICATION_JSON)
public class CompetenceHarness {

    @Inject
    CompetencePrograms programs;

    @Inject
    LanguageTraining training;

    @Inject
    FacultyMembers members;

    @Inject
    Schools schools;

    /** A program of the whole university, or of the school given. */
    @POST
    @Path("programs")
    public JsonObject createProgram(@QueryParam("year") int year, @QueryParam("title") String title,
            @QueryParam("schoolId") Long schoolId) {
        CompetenceProgram program = new CompetenceProgram(year, title, "International office");
        if (schoolId != null) {
            program.setSchool(schools.find(schoolId));
        }
        CompetenceProgram saved = programs.save(program);
        return record(saved.getId(), saved.getVersion());
    }

    @PUT
    @Path("programs/{id}")
    public JsonObject renameProgram(@PathParam("id") long id, @QueryParam("title") String title) {
        CompetenceProgram program = programs.find(id);
        program.setTitle(title);
        CompetenceProgram saved = programs.save(program);
        return record(saved.getId(), saved.getVersion());
    }

    /** A session of {@code hours} starting on {@code startsOn}, in a room, with one foreign lecturer. */
    @POST
    @Path("programs/{id}/sessions")
    public JsonObject addSession(@PathParam("id") long id, @QueryParam("theme") String theme,
            @QueryParam("startsOn") String startsOn, @QueryParam("hours") int hours) {
        LocalDate start = LocalDate.parse(startsOn);
        CompetenceSession session = new CompetenceSession(theme, start, start.plusDays(1), hours);
        session.setPlace("Room 101");
        session.addLecturer("Jane Doe", LecturerKind.FOREIGN, "University of Leeds");
        CompetenceSession saved = programs.saveSession(id, session);
        return record(saved.getId(), saved.getVersion());
    }

    @POST
    @Path("programs/{id}/enrolments")
    public JsonObject enrol(@PathParam("id") long id, @QueryParam("staffNumber") String staffNumber) {
        var saved = programs.enrol(id, staffNumber);
        return record(saved.getId(), saved.getVersion());
    }

    /** Records the hours of one participant of the session, as the user saw their line. */
    @PUT
    @Path("sessions/{id}/attendance")
    public JsonObject attend(@PathParam("id") long sessionId, @QueryParam("staffNumber") String staffNumber,
            @QueryParam("hours") int hours) {
        var line = programs.attendance(sessionId).stream().filter(l -> l.staffNumber().equals(staffNumber))
                .findFirst().orElseThrow(() -> new RecordNotFoundException("Participant", staffNumber));
        programs.recordAttendance(sessionId, List.of(new AttendanceEntry(line.memberId(), hours, line.version())));
        return Json.createObjectBuilder().add("memberId", line.memberId()).build();
    }

    @GET
    @Path("programs/{id}/certificate")
    public JsonObject certificate(@PathParam("id") long id, @QueryParam("staffNumber") String staffNumber) {
        CompetenceCertificate c = programs.certificate(id, members.findByStaffNumber(staffNumber).getId());
        return Json.createObjectBuilder().add("staffNumber", c.staffNumber()).add("chineseName", c.chineseName())
                .add("schoolNameEn", c.schoolNameEn()).add("programTitle", c.programTitle())
                .add("programYear", c.programYear()).add("attendedHours", c.attendedHours())
                .add("totalHours", c.totalHours()).add("requiredPercent", c.requiredPercent())
                .add("completedOn", c.completedOn().toString()).build();
    }

    @POST
    @Path("assessments")
    public JsonObject assess(@QueryParam("staffNumber") String staffNumber, @QueryParam("test") String test,
            @QueryParam("takenOn") String takenOn, @QueryParam("score") BigDecimal score,
            @QueryParam("passed") boolean passed) {
        LanguageAssessment saved = training.saveAssessment(
                new LanguageAssessment(test, LocalDate.parse(takenOn), score, passed), staffNumber);
        return record(saved.getId(), saved.getVersion());
    }

    private static JsonObject record(long id, long version) {
        return Json.createObjectBuilder().add("id", id).add("version", version).build();
    }
}
