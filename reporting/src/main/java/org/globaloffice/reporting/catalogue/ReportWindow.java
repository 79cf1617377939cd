package org.globaloffice.reporting.catalogue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.function.Function;

/**
 * The statistics window of a report (shared/domain.md, "Assessment and reports"): a calendar year, an academic
 * year from 1 September to 31 August, or a snapshot date — 30 September by default, the day the yearly statistics
 * are taken. {@link #from} and {@link #to} are both included; a snapshot is a window of one day. {@link #asOf} is the
 * day a report counts "days to expiry" and the like from: the snapshot's day, or the window's last day.
 */
public record ReportWindow(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        CALENDAR_YEAR, ACADEMIC_YEAR, SNAPSHOT
    }

    /** The usual day of a snapshot: 30 September. */
    public static final MonthDay SNAPSHOT_DAY = MonthDay.of(9, 30);

    public ReportWindow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends " + to + " before it starts " + from);
        }
    }

    public static ReportWindow calendarYear(int year) {
        return new ReportWindow(Kind.CALENDAR_YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The academic year that starts on 1 September of {@code startYear}. */
    public static ReportWindow academicYear(int startYear) {
        return new ReportWindow(Kind.ACADEMIC_YEAR, LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + 1, 8, 31));
    }

    public static ReportWindow snapshot(LocalDate day) {
        return new ReportWindow(Kind.SNAPSHOT, day, day);
    }

    /** The snapshot on 30 September of the year. */
    public static ReportWindow snapshotOf(int year) {
        return snapshot(SNAPSHOT_DAY.atYear(year));
    }

    /**
     * The window of that kind: the calendar year or the academic year starting in {@code year}, or the snapshot on
     * {@code day} (on 30 September of {@code year} when no day is given). What the page and the API ask for.
     */
    public static ReportWindow of(Kind kind, Integer year, LocalDate day) {
        return switch (kind) {
            case CALENDAR_YEAR -> calendarYear(year);
            case ACADEMIC_YEAR -> academicYear(year);
            case SNAPSHOT -> day == null ? snapshotOf(year) : snapshot(day);
        };
    }

    /** The academic year {@code day} falls in: from September on, the one starting that year. */
    public static int academicYearOf(LocalDate day) {
        return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    }

    public LocalDate asOf() {
        return to;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /**
     * Whether a span of days, both ends included, shares at least one day with the window: it starts no later than
     * the window ends and ends no earlier than it starts. A trip returning on the window's first day overlaps it.
     */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(to) && !end.isBefore(from);
    }

    /** The window in words, e.g. "Academic year 2025–2026 (2025-09-01 – 2026-08-31)", from the reports bundle. */
    public String describe(Function<String, String> text) {
        return switch (kind) {
            case CALENDAR_YEAR -> text.apply("report.window.calendarYear") + " " + from.getYear() + " (" + from
                    + " – " + to + ")";
            case ACADEMIC_YEAR -> text.apply("report.window.academicYear") + " " + from.getYear() + "–" + to.getYear()
                    + " (" + from + " – " + to + ")";
            case SNAPSHOT -> text.apply("report.window.snapshot") + " " + from;
        };
    }
}
