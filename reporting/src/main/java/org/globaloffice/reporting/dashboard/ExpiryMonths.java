package org.globaloffice.reporting.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The next twelve months of expiries, this month first, from what the database counted per day. Today belongs to the
 * first bucket and so does the rest of this month; a day before today is overdue (as {@code ExpiryWatch} has it: a
 * document is overdue once its expiry date has passed) and belongs to no bucket; the last day of a month belongs to
 * that month; the first day of the thirteenth month is already outside the window. A month without expiries is
 * there with 0, so that the chart always shows twelve bars.
 */
public final class ExpiryMonths {

    /** How many months the window spans, this month included. */
    public static final int MONTHS = 12;

    /** The documents of a month expiring on or after today. */
    public record MonthCount(YearMonth month, long count) implements Serializable {
    }

    private ExpiryMonths() {
    }

    /** The first day after the window: the first of the month twelve months after this one. */
    public static LocalDate windowEnd(LocalDate today) {
        return YearMonth.from(today).plusMonths(MONTHS).atDay(1);
    }

    /** Twelve buckets, this month first, from counts per expiry day; days outside the window are ignored. */
    public static List<MonthCount> of(LocalDate today, Map<LocalDate, Long> countsByDay) {
        YearMonth first = YearMonth.from(today);
        long[] counts = new long[MONTHS];
        LocalDate end = windowEnd(today);
        countsByDay.forEach((day, count) -> {
            if (!day.isBefore(today) && day.isBefore(end)) {
                int index = (int) first.until(YearMonth.from(day), java.time.temporal.ChronoUnit.MONTHS);
                counts[index] += count;
            }
        });
        List<MonthCount> months = new ArrayList<>(MONTHS);
        for (int i = 0; i < MONTHS; i++) {
            months.add(new MonthCount(first.plusMonths(i), counts[i]));
        }
        return List.copyOf(months);
    }
}
