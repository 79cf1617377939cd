package org.globaloffice.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.globaloffice.foreignteacher.boundary.ExpertTeaching;
import org.globaloffice.foreignteacher.control.CoverageCheck;
import org.globaloffice.organization.entity.Semester;

/** The semester coverage check per school of the caller's scope. */
@Path("v1/teaching-coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Foreign teachers and experts")
public class TeachingCoverageResource {

    public record CoverageJson(long schoolId, long keyDisciplineTeachers, long keyDisciplineMinimum,
            long programTeachers, long programMinimum, long internationalStudentTeachers,
            long internationalStudentMinimum, boolean covered) {
        static CoverageJson of(CoverageCheck.SchoolCoverage c) {
            return new CoverageJson(c.schoolId(), c.keyDisciplineTeachers(), c.minimums().keyDisciplines(),
                    c.programTeachers(), c.minimums().cooperativePrograms(), c.internationalStudentTeachers(),
                    c.minimums().internationalStudents(), c.isCovered());
        }
    }

    @Inject
    ExpertTeaching teaching;

    @GET
    @Operation(summary = "Per school: foreign teachers in key disciplines, cooperative programs and international-"
            + "student teaching against the minimums (semester as 2026-1; default the current one)")
    public List<CoverageJson> coverage(@QueryParam("semester") String semester) {
        Semester chosen = semester == null || semester.isBlank() ? Semester.containing(LocalDate.now())
                : Semester.parse(semester);
        if (chosen == null) {
            throw new IllegalArgumentException("semester: an academic year and a term, e.g. 2026-1");
        }
        return teaching.coverage(chosen).values().stream().map(CoverageJson::of).toList();
    }
}
