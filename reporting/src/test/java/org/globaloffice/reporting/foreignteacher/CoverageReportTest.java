package org.globaloffice.reporting.foreignteacher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.CHINESE;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.ENGLISH;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.cells;

import java.time.LocalDate;
import org.globaloffice.foreignteacher.control.CoverageCheck;
import org.globaloffice.organization.entity.Semester;
import org.globaloffice.reporting.catalogue.ReportWindow;
import org.junit.jupiter.api.Test;

class CoverageReportTest {

    private static final CoverageCheck.Minimums MINIMUMS = new CoverageCheck.Minimums(2, 1, 1);

    @Test
    void anAcademicYearHasItsTwoSemestersAndACalendarYearTouchesThree() {
        assertThat(CoverageReportSource.semestersOverlapping(ReportWindow.academicYear(2025)))
                .containsExactly(new Semester(2025, 1), new Semester(2025, 2));
        assertThat(CoverageReportSource.semestersOverlapping(ReportWindow.calendarYear(2025)))
                .containsExactly(new Semester(2024, 1), new Semester(2024, 2), new Semester(2025, 1));
        assertThat(CoverageReportSource.semestersOverlapping(ReportWindow.snapshotOf(2025)))
                .containsExactly(new Semester(2025, 1));
    }

    @Test
    void theSemestersChangeOnTheFirstOfFebruaryAndOfSeptember() {
        assertThat(semesters(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 31)))
                .containsExactly(new Semester(2025, 1));
        assertThat(semesters(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1)))
                .containsExactly(new Semester(2025, 2));
        assertThat(semesters(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1)))
                .containsExactly(new Semester(2025, 1), new Semester(2025, 2));
        assertThat(semesters(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 1)))
                .containsExactly(new Semester(2025, 2), new Semester(2026, 1));
    }

    @Test
    void aSchoolShortOfAMinimumIsNotMetAndShowsTheShortfall() {
        CoverageReportRow shortOfKeyDisciplines = new CoverageReportRow("School of Foreign Studies",
                new Semester(2025, 2), new CoverageCheck.SchoolCoverage(7, 1, 1, 3, MINIMUMS));
        assertThat(cells(CoverageReportSource.columns(ENGLISH), shortOfKeyDisciplines)).containsExactly(
                "School of Foreign Studies", "2025–2026 spring term", 1L, 2, 1L, 1L, 1, 0L, 3L, 1, 0L, "No");

        CoverageReportRow covered = new CoverageReportRow("外国语学院", new Semester(2025, 1),
                new CoverageCheck.SchoolCoverage(7, 2, 1, 1, MINIMUMS));
        assertThat(cells(CoverageReportSource.columns(CHINESE), covered)).containsExactly("外国语学院",
                "2025–2026学年第一学期（秋季）", 2L, 2, 0L, 1L, 1, 0L, 1L, 1, 0L, "是");
    }

    private static java.util.List<Semester> semesters(LocalDate from, LocalDate to) {
        return CoverageReportSource.semestersOverlapping(new ReportWindow(ReportWindow.Kind.CALENDAR_YEAR, from, to));
    }
}
