package org.globaloffice.faculty.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A teacher's overseas experience (shared/domain.md, "Faculty internationalization"), derived from the records of
 * their stays abroad — outbound trips and degrees studied abroad — and feeding KPIs such as "% of faculty with ≥ 3
 * months overseas experience".
 * <p>
 * Days are calendar days, both ends of a stay included. A day spent abroad counts once however many records cover
 * it (a conference trip during a visiting-scholar year adds nothing), and a stay across a year end counts whole; a
 * window (e.g. one calendar year) counts only the days inside it.
 * <p>
 * <b>Why 3 months = 90 days.</b> The KPI adds up separate stays, and stays of different lengths cannot be added as
 * calendar months (is 31 January – 1 March one month or two?). We read "3 months" as 3 × 30 days, the usual
 * accumulated reading ("累计 3 个月"), so the threshold is a day count: exactly 90 days qualify, 89 do not. This is
 * our reading, not a cited regulation: if a ministry or university rule says otherwise (e.g. 91 or 92 days, or
 * continuous stays only), pass its day count to {@link #hasAtLeast(int)}.
 */
public final class OverseasExperience {

    /** Three months read as 3 × 30 days; see the class comment. */
    public static final int THREE_MONTHS_IN_DAYS = 90;

    public enum Source {
        TRIP, DEGREE
    }

    /**
     * A stay abroad from its first to its last day, both included. A degree abroad is the study's first to last day;
     * a stay still going on is recorded up to the day the figure is taken (the caller decides which day that is).
     */
    public record Stay(LocalDate from, LocalDate to, Source source) {

        public Stay {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(source, "source");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("stay ends " + to + " before it starts " + from);
            }
        }
    }

    /** A run of consecutive days abroad, whatever records it came from. */
    private record Period(LocalDate from, LocalDate to) {
    }

    /** Disjoint, sorted, not even touching. */
    private final List<Period> periods;

    private OverseasExperience(List<Period> periods) {
        this.periods = periods;
    }

    public static OverseasExperience of(List<Stay> stays) {
        List<Stay> sorted = stays.stream().sorted(Comparator.comparing(Stay::from)).toList();
        List<Period> merged = new ArrayList<>();
        for (Stay stay : sorted) {
            Period last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !stay.from().isAfter(last.to().plusDays(1))) {
                LocalDate to = stay.to().isAfter(last.to()) ? stay.to() : last.to();
                merged.set(merged.size() - 1, new Period(last.from(), to));
            } else {
                merged.add(new Period(stay.from(), stay.to()));
            }
        }
        return new OverseasExperience(List.copyOf(merged));
    }

    /** Every distinct day abroad. */
    public long totalDays() {
        return periods.stream().mapToLong(OverseasExperience::days).sum();
    }

    /** The distinct days abroad between {@code from} and {@code to}, both included (e.g. one calendar year). */
    public long daysWithin(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends " + to + " before it starts " + from);
        }
        long days = 0;
        for (Period period : periods) {
            LocalDate start = period.from().isBefore(from) ? from : period.from();
            LocalDate end = period.to().isAfter(to) ? to : period.to();
            if (!end.isBefore(start)) {
                days += ChronoUnit.DAYS.between(start, end) + 1;
            }
        }
        return days;
    }

    /** At least {@value #THREE_MONTHS_IN_DAYS} days abroad in all: 90 qualify, 89 do not. */
    public boolean hasThreeMonths() {
        return hasAtLeast(THREE_MONTHS_IN_DAYS);
    }

    public boolean hasAtLeast(int thresholdDays) {
        if (thresholdDays < 1) {
            throw new IllegalArgumentException("threshold: " + thresholdDays);
        }
        return totalDays() >= thresholdDays;
    }

    private static long days(Period period) {
        return ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
    }
}
