package org.globaloffice.reporting.foreignteacher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.globaloffice.foreignteacher.boundary.ExpertTeaching;
import org.globaloffice.foreignteacher.control.CoverageCheck;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.organization.entity.Semester;
import org.globaloffice.reporting.catalogue.ReportContext;
import org.globaloffice.reporting.catalogue.ReportDefinition;
import org.globaloffice.reporting.catalogue.ReportKind;
import org.globaloffice.reporting.catalogue.ReportTexts;
import org.globaloffice.reporting.catalogue.ReportWindow;
import org.globaloffice.reporting.output.ColumnType;
import org.globaloffice.reporting.output.ReportColumn;

/**
 * Report (3): the semester coverage check of seed 004 for every semester the window overlaps, one row per school
 * and semester, earliest semester first and the schools in code order. The figures are the domain's own check
 * ({@link ExpertTeaching#coverage}, as the teaching-coverage page and API show it), which already limits the schools
 * to the caller's scope; the report limits them further to the context's school. A handful of schools times a few
 * semesters: read whole.
 */
@ApplicationScoped
public class CoverageReportSource implements ReportDefinition<CoverageReportRow> {

    @Inject
    ExpertTeaching teaching;

    @Inject
    Schools schools;

    @Override
    public ReportKind kind() {
        return ReportKind.COVERAGE;
    }

    @Override
    public List<ReportColumn<CoverageReportRow>> columns(ReportContext context) {
        return columns(context.text());
    }

    public static List<ReportColumn<CoverageReportRow>> columns(Function<String, String> text) {
        String autumn = text.apply("report.common.semester.1");
        String spring = text.apply("report.common.semester.2");
        ReportTexts.YesNo yesNo = ReportTexts.YesNo.from(text);
        return List.of(
                column(text, "school", ColumnType.TEXT, 16, CoverageReportRow::school),
                column(text, "semester", ColumnType.TEXT, 16,
                        row -> semesterLabel(row.semester(), autumn, spring)),
                column(text, "keyDisciplineTeachers", ColumnType.INTEGER, 8,
                        row -> row.coverage().keyDisciplineTeachers()),
                column(text, "keyDisciplineMinimum", ColumnType.INTEGER, 8,
                        row -> row.coverage().minimums().keyDisciplines()),
                column(text, "keyDisciplineShortfall", ColumnType.INTEGER, 8,
                        row -> row.coverage().keyDisciplineShortfall()),
                column(text, "programTeachers", ColumnType.INTEGER, 8, row -> row.coverage().programTeachers()),
                column(text, "programMinimum", ColumnType.INTEGER, 8,
                        row -> row.coverage().minimums().cooperativePrograms()),
                column(text, "programShortfall", ColumnType.INTEGER, 8, row -> row.coverage().programShortfall()),
                column(text, "internationalStudentTeachers", ColumnType.INTEGER, 8,
                        row -> row.coverage().internationalStudentTeachers()),
                column(text, "internationalStudentMinimum", ColumnType.INTEGER, 8,
                        row -> row.coverage().minimums().internationalStudents()),
                column(text, "internationalStudentShortfall", ColumnType.INTEGER, 8,
                        row -> row.coverage().internationalStudentShortfall()),
                column(text, "met", ColumnType.TEXT, 6, row -> yesNo.of(row.coverage().isCovered())));
    }

    /**
     * The semesters sharing a day with the window, earliest first: from the one its first day falls in to the one
     * its last day falls in. Semesters follow one another without a gap (autumn September–January, spring
     * February–August), so none in between is missed.
     */
    public static List<Semester> semestersOverlapping(ReportWindow window) {
        Semester last = Semester.containing(window.to());
        List<Semester> semesters = new ArrayList<>();
        for (Semester s = Semester.containing(window.from()); s.compareTo(last) <= 0; s = next(s)) {
            semesters.add(s);
        }
        return semesters;
    }

    /** "2025–2026 autumn term", "2025–2026学年第一学期", from the pattern of the semester's term. */
    public static String semesterLabel(Semester semester, String autumnPattern, String springPattern) {
        return ReportTexts.format(semester.getTerm() == 1 ? autumnPattern : springPattern,
                semester.getAcademicYear(), semester.getAcademicYear() + 1);
    }

    @Override
    public Iterator<CoverageReportRow> rows(ReportContext context) {
        Map<Long, String> names = new HashMap<>();
        for (School school : schools.inScope()) {
            names.put(school.getId(), school.getName().in(context.language()));
        }
        List<CoverageReportRow> rows = new ArrayList<>();
        for (Semester semester : semestersOverlapping(context.window())) {
            for (CoverageCheck.SchoolCoverage coverage : teaching.coverage(semester).values()) {
                if (context.schoolId() == null || context.schoolId().longValue() == coverage.schoolId()) {
                    rows.add(new CoverageReportRow(names.get(coverage.schoolId()), semester, coverage));
                }
            }
        }
        return rows.iterator();
    }

    private static Semester next(Semester semester) {
        return semester.getTerm() == 1 ? new Semester(semester.getAcademicYear(), 2)
                : new Semester(semester.getAcademicYear() + 1, 1);
    }

    private static ReportColumn<CoverageReportRow> column(Function<String, String> text, String key, ColumnType type,
            int width, Function<CoverageReportRow, ?> value) {
        return new ReportColumn<>(text.apply("report.coverage.col." + key), type, value, width);
    }
}
