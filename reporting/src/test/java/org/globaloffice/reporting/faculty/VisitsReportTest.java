package org.globaloffice.reporting.faculty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.CHINESE;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.ENGLISH;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.cell;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.cells;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.globaloffice.audit.control.Masking;
import org.globaloffice.faculty.control.VisitApproval;
import org.globaloffice.faculty.entity.VisitType;
import org.globaloffice.reporting.catalogue.ReportWindow;
import org.globaloffice.reporting.output.ColumnType;
import org.globaloffice.reporting.output.ReportColumn;
import org.junit.jupiter.api.Test;

class VisitsReportTest {

    private static final ReportWindow ACADEMIC_YEAR = ReportWindow.academicYear(2025);
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 9, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 8, 31);

    @Test
    void aTripOverlapsTheWindowFromItsFirstDayToItsLastDay() {
        assertThat(ACADEMIC_YEAR.overlaps(FIRST_DAY.minusDays(10), FIRST_DAY)).as("returns on the first day").isTrue();
        assertThat(ACADEMIC_YEAR.overlaps(FIRST_DAY.minusDays(10), FIRST_DAY.minusDays(1)))
                .as("back the day before").isFalse();
        assertThat(ACADEMIC_YEAR.overlaps(LAST_DAY, LAST_DAY.plusDays(10))).as("departs on the last day").isTrue();
        assertThat(ACADEMIC_YEAR.overlaps(LAST_DAY.plusDays(1), LAST_DAY.plusDays(10)))
                .as("departs the day after the window ends").isFalse();
        assertThat(ACADEMIC_YEAR.overlaps(FIRST_DAY.minusDays(1), LAST_DAY.plusDays(1))).as("spans it").isTrue();
    }

    @Test
    void aTripCountsBothItsDaysAndItsReportIsOverdueTheDayAfterItsLastDay() {
        VisitsReportRow trip = visit(VisitApproval.State.APPROVED, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
        assertThat(trip.days()).isEqualTo(10);
        assertThat(visit(VisitApproval.State.APPROVED, FIRST_DAY, FIRST_DAY).days()).as("a day trip").isEqualTo(1);

        LocalDate due = LocalDate.of(2026, 4, 9);
        assertThat(trip.reportDueOn(30)).isEqualTo(due);
        assertThat(trip.isReportOverdue(due, 30)).isFalse();
        assertThat(trip.isReportOverdue(due.plusDays(1), 30)).isTrue();
        assertThat(visit(VisitApproval.State.REPORT_FILED, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10))
                .isReportOverdue(due.plusDays(1), 30)).as("filed").isFalse();
    }

    @Test
    void theBudgetIsMaskedForAllButTheOffice() {
        VisitsReportRow trip = visit(VisitApproval.State.APPROVED, FIRST_DAY, FIRST_DAY.plusDays(4));
        ReportColumn<VisitsReportRow> masked = last(VisitsReportSource.columns(ENGLISH, 30, LAST_DAY, true));
        assertThat(masked.type()).isEqualTo(ColumnType.TEXT);
        assertThat(masked.value().apply(trip)).isEqualTo(Masking.MASK);
        assertThat(masked.value().apply(withoutBudget(trip))).as("nothing to hide").isNull();

        ReportColumn<VisitsReportRow> shown = last(VisitsReportSource.columns(ENGLISH, 30, LAST_DAY, false));
        assertThat(shown.type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(shown.value().apply(trip)).isEqualTo(new BigDecimal("28000.00"));
    }

    @Test
    void theRowReadsInChinese() {
        VisitsReportRow trip = new VisitsReportRow(1, "T2019001", "王芳", "Fang Wang", "外国语学院",
                VisitType.INTERNATIONAL_CONFERENCE, "GB", "University of Leeds", "参加学术会议并作报告",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), VisitApproval.State.EVALUATED,
                LocalDate.of(2026, 3, 20), 5, new BigDecimal("28000.00"));
        assertThat(cells(VisitsReportSource.columns(CHINESE, 30, LAST_DAY, true), trip)).containsExactly("T2019001",
                "王芳 (Fang Wang)", "外国语学院", "国际会议", "GB", "University of Leeds", "参加学术会议并作报告",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), 10L, "已评价", LocalDate.of(2026, 4, 9),
                LocalDate.of(2026, 3, 20), "否", 5, Masking.MASK);
        assertThat(cell(VisitsReportSource.columns(ENGLISH, 30, LAST_DAY, false), "State", trip))
                .isEqualTo("Evaluated");
    }

    private static VisitsReportRow visit(VisitApproval.State state, LocalDate departs, LocalDate returns) {
        return new VisitsReportRow(1, "T2019001", "王芳", null, "外国语学院", VisitType.VISITING_SCHOLAR, "US",
                "Stanford University", "Research", departs, returns, state, null, null, new BigDecimal("28000.00"));
    }

    private static VisitsReportRow withoutBudget(VisitsReportRow v) {
        return new VisitsReportRow(v.id(), v.staffNumber(), v.chineseName(), v.englishName(), v.school(), v.type(),
                v.country(), v.institution(), v.purpose(), v.departsOn(), v.returnsOn(), v.state(), v.reportFiledOn(),
                v.rating(), null);
    }

    private static ReportColumn<VisitsReportRow> last(List<ReportColumn<VisitsReportRow>> columns) {
        return columns.get(columns.size() - 1);
    }
}
