package org.globaloffice.web.view.foreignteacher;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.globaloffice.foreignteacher.boundary.ExpertTeaching;
import org.globaloffice.foreignteacher.control.CoverageCheck;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.organization.entity.Semester;

/**
 * {@code foreignteacher/coverage.xhtml}: the semester coverage check per school — foreign teachers teaching in key
 * disciplines, in cooperative programs and to international students, against the office's minimums.
 */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One school's line of the check. */
    public record Row(School school, CoverageCheck.SchoolCoverage coverage) implements Serializable {
    }

    @Inject
    ExpertTeaching teaching;

    @Inject
    Schools schools;

    private Integer academicYear;
    private Integer term;
    private List<Row> rows;

    @PostConstruct
    void init() {
        Semester current = Semester.containing(LocalDate.now());
        academicYear = current.getAcademicYear();
        term = current.getTerm();
        check();
    }

    public void check() {
        Map<Long, CoverageCheck.SchoolCoverage> coverage = teaching.coverage(new Semester(academicYear, term));
        rows = schools.inScope().stream().filter(s -> coverage.containsKey(s.getId()))
                .map(s -> new Row(s, coverage.get(s.getId()))).toList();
    }

    public long getShortSchools() {
        return rows.stream().filter(r -> !r.coverage().isCovered()).count();
    }

    public List<Row> getRows() {
        return rows;
    }

    public Integer getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(Integer academicYear) {
        this.academicYear = academicYear;
    }

    public Integer getTerm() {
        return term;
    }

    public void setTerm(Integer term) {
        this.term = term;
    }
}
