package org.globaloffice.foreignteacher.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.globaloffice.foreignteacher.control.ExpiryWatch.Urgency;
import org.junit.jupiter.api.Test;

class ExpiryWatchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final ExpiryWatch watch = new ExpiryWatch(60);

    @Test
    void expiringTodayIsDueSoonNotOverdue() {
        assertThat(watch.urgency(TODAY, TODAY)).contains(Urgency.DUE_SOON);
        assertThat(watch.urgency(TODAY.minusDays(1), TODAY)).contains(Urgency.OVERDUE);
    }

    @Test
    void theLeadTimeIncludesItsLastDay() {
        assertThat(watch.urgency(TODAY.plusDays(60), TODAY)).contains(Urgency.DUE_SOON);
        assertThat(watch.urgency(TODAY.plusDays(61), TODAY)).isEmpty();
    }

    @Test
    void noDateNothingToWatch() {
        assertThat(watch.urgency(null, TODAY)).isEmpty();
    }
}
