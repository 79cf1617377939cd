package org.globaloffice.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.globaloffice.faculty.entity.VisitType;
import org.globaloffice.reporting.dashboard.VisitYears.Departures;
import org.globaloffice.reporting.dashboard.VisitYears.YearCounts;
import org.junit.jupiter.api.Test;

class VisitYearsTest {

    @Test
    void fiveYearsUpToThisOneEarliestFirstEveryTypeWithZero() {
        var years = VisitYears.of(2026, List.of());

        assertThat(years).extracting(YearCounts::year).containsExactly(2022, 2023, 2024, 2025, 2026);
        assertThat(years.get(0).byType()).containsOnlyKeys(VisitType.values()).allSatisfy((type, n) ->
                assertThat(n).isZero());
        assertThat(years.get(0).total()).isZero();
    }

    @Test
    void theWindowRunsFromTheFirstOfJanuaryFourYearsAgoToTheLastOfDecemberThisYear() {
        assertThat(VisitYears.windowStart(2026)).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(VisitYears.windowEnd(2026)).isEqualTo(LocalDate.of(2027, 1, 1));

        var years = VisitYears.of(2026, List.of(
                new Departures(LocalDate.of(2021, 12, 31), VisitType.LECTURING, 7),
                new Departures(LocalDate.of(2022, 1, 1), VisitType.LECTURING, 1),
                new Departures(LocalDate.of(2026, 12, 31), VisitType.VISITING_SCHOLAR, 2),
                new Departures(LocalDate.of(2027, 1, 1), VisitType.VISITING_SCHOLAR, 7)));

        assertThat(years.get(0).count(VisitType.LECTURING)).isEqualTo(1);
        assertThat(years.get(4).count(VisitType.VISITING_SCHOLAR)).isEqualTo(2);
        assertThat(years.stream().mapToLong(YearCounts::total).sum()).isEqualTo(3);
    }

    @Test
    void aTripCountsInTheYearItDepartsAndDaysOfAYearAddUpByType() {
        var years = VisitYears.of(2026, List.of(
                new Departures(LocalDate.of(2025, 12, 28), VisitType.INTERNATIONAL_CONFERENCE, 1),
                new Departures(LocalDate.of(2025, 3, 2), VisitType.INTERNATIONAL_CONFERENCE, 2),
                new Departures(LocalDate.of(2025, 3, 2), VisitType.SHORT_TERM_TRAINING, 4)));

        YearCounts last = years.get(3);
        assertThat(last.year()).isEqualTo(2025);
        assertThat(last.count(VisitType.INTERNATIONAL_CONFERENCE)).isEqualTo(3);
        assertThat(last.count(VisitType.SHORT_TERM_TRAINING)).isEqualTo(4);
        assertThat(last.count(VisitType.COOPERATIVE_RESEARCH)).isZero();
        assertThat(last.total()).isEqualTo(7);
        assertThat(years.get(4).total()).isZero();
    }
}
