package org.globaloffice.reporting.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportWindowTest {

    private static final Map<String, String> TEXT = Map.of("report.window.calendarYear", "Calendar year",
            "report.window.academicYear", "Academic year", "report.window.snapshot", "Snapshot on");

    @Test
    void anAcademicYearRunsFromTheFirstOfSeptemberToTheLastOfAugust() {
        ReportWindow year = ReportWindow.academicYear(2025);
        assertThat(year.from()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(year.contains(LocalDate.of(2025, 8, 31))).isFalse();
        assertThat(year.contains(LocalDate.of(2025, 9, 1))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(year.describe(TEXT::get)).isEqualTo("Academic year 2025–2026 (2025-09-01 – 2026-08-31)");
    }

    @Test
    void theAcademicYearOfADayChangesOnTheFirstOfSeptember() {
        assertThat(ReportWindow.academicYearOf(LocalDate.of(2026, 8, 31))).isEqualTo(2025);
        assertThat(ReportWindow.academicYearOf(LocalDate.of(2026, 9, 1))).isEqualTo(2026);
    }

    @Test
    void aCalendarYearIsJanuaryToDecemberAndCountsFromItsLastDay() {
        ReportWindow year = ReportWindow.calendarYear(2028);
        assertThat(year.contains(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(year.contains(LocalDate.of(2029, 1, 1))).isFalse();
        assertThat(year.asOf()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(year.describe(TEXT::get)).isEqualTo("Calendar year 2028 (2028-01-01 – 2028-12-31)");
    }

    @Test
    void aSnapshotIsOneDayTheThirtiethOfSeptemberByDefault() {
        ReportWindow snapshot = ReportWindow.snapshotOf(2026);
        assertThat(snapshot.from()).isEqualTo(snapshot.to()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(snapshot.asOf()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(snapshot.describe(TEXT::get)).isEqualTo("Snapshot on 2026-09-30");
    }

    @Test
    void aWindowCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new ReportWindow(ReportWindow.Kind.SNAPSHOT, LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWindowOfEachKindIsWhatItsOwnFactoryMakes() {
        assertThat(ReportWindow.of(ReportWindow.Kind.CALENDAR_YEAR, 2026, null))
                .isEqualTo(ReportWindow.calendarYear(2026));
        assertThat(ReportWindow.of(ReportWindow.Kind.ACADEMIC_YEAR, 2026, null))
                .isEqualTo(ReportWindow.academicYear(2026));
        assertThat(ReportWindow.of(ReportWindow.Kind.SNAPSHOT, 2026, null)).isEqualTo(ReportWindow.snapshotOf(2026));
        assertThat(ReportWindow.of(ReportWindow.Kind.SNAPSHOT, null, LocalDate.of(2026, 3, 5)))
                .isEqualTo(ReportWindow.snapshot(LocalDate.of(2026, 3, 5)));
    }
}
