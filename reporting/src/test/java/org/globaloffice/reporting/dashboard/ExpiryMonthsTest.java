package org.globaloffice.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.globaloffice.reporting.dashboard.ExpiryMonths.MonthCount;
import org.junit.jupiter.api.Test;

class ExpiryMonthsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void twelveMonthsThisOneFirstEachWithZeroWhenNothingExpires() {
        var months = ExpiryMonths.of(TODAY, Map.of());

        assertThat(months).hasSize(12);
        assertThat(months.get(0)).isEqualTo(new MonthCount(YearMonth.of(2026, 11), 0));
        assertThat(months.get(1).month()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(months.get(2).month()).as("across the year end").isEqualTo(YearMonth.of(2027, 1));
        assertThat(months.get(11).month()).isEqualTo(YearMonth.of(2027, 10));
    }

    @Test
    void todayIsInTheFirstBucketYesterdayIsOverdueAndInNone() {
        var months = ExpiryMonths.of(TODAY, Map.of(TODAY, 2L, TODAY.minusDays(1), 5L));

        assertThat(months.get(0).count()).isEqualTo(2);
        assertThat(months.stream().mapToLong(MonthCount::count).sum()).isEqualTo(2);
    }

    @Test
    void theLastDayOfAMonthIsInThatMonthTheFirstOfTheNextInTheNext() {
        var months = ExpiryMonths.of(TODAY, Map.of(LocalDate.of(2026, 11, 30), 1L, LocalDate.of(2026, 12, 1), 3L,
                LocalDate.of(2027, 2, 28), 4L));

        assertThat(months.get(0).count()).isEqualTo(1);
        assertThat(months.get(1).count()).isEqualTo(3);
        assertThat(months.get(3)).isEqualTo(new MonthCount(YearMonth.of(2027, 2), 4));
    }

    @Test
    void theWindowEndsWithTheLastDayOfTheTwelfthMonth() {
        assertThat(ExpiryMonths.windowEnd(TODAY)).isEqualTo(LocalDate.of(2027, 11, 1));

        var months = ExpiryMonths.of(TODAY, Map.of(LocalDate.of(2027, 10, 31), 1L, LocalDate.of(2027, 11, 1), 9L,
                LocalDate.of(2027, 11, 24), 9L));

        assertThat(months.get(11).count()).isEqualTo(1);
        assertThat(months.stream().mapToLong(MonthCount::count).sum()).isEqualTo(1);
    }

    @Test
    void onTheLastDayOfAMonthThatDayIsTheWholeFirstBucket() {
        LocalDate lastDay = LocalDate.of(2026, 12, 31);

        var months = ExpiryMonths.of(lastDay, Map.of(lastDay, 1L, LocalDate.of(2027, 1, 1), 2L));

        assertThat(months.get(0)).isEqualTo(new MonthCount(YearMonth.of(2026, 12), 1));
        assertThat(months.get(1)).isEqualTo(new MonthCount(YearMonth.of(2027, 1), 2));
        assertThat(ExpiryMonths.windowEnd(lastDay)).isEqualTo(LocalDate.of(2027, 12, 1));
    }

    @Test
    void countsOfSeveralDaysOfAMonthAddUp() {
        var months = ExpiryMonths.of(TODAY, Map.of(LocalDate.of(2027, 3, 1), 1L, LocalDate.of(2027, 3, 15), 2L,
                LocalDate.of(2027, 3, 31), 3L));

        assertThat(months.get(4)).isEqualTo(new MonthCount(YearMonth.of(2027, 3), 6));
    }
}
