package org.globaloffice.cooperation.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The risk flags of a cooperative program (shared/domain.md, "Sino-foreign cooperative education"), its thresholds
 * being the office's settings:
 * <ul>
 * <li>no annual report for {@code reportGapYears} consecutive years — the years before this one, each of which
 * should have its report submitted or accepted by now, counted only from the program's first year;</li>
 * <li>no enrolment for {@code enrolmentGapYears} consecutive years up to and including this one (a year without an
 * actual enrolment recorded, or with 0, enrols nobody), counted only once the program has run that long;</li>
 * <li>the agreement expiring within {@code agreementLeadDays} days (on the last day, still expiring), or expired;</li>
 * <li>a share of the four one-thirds rule below one third in the latest check;</li>
 * <li>no training for the program's teachers this calendar year.</li>
 * </ul>
 * A program that has ended raises none: it enrols nobody and reports on nothing any more.
 */
public final class RiskFlags {

    public enum Kind {
        NO_ANNUAL_REPORT, NO_ENROLMENT, AGREEMENT_EXPIRING, AGREEMENT_EXPIRED, BELOW_ONE_THIRD, NO_TEACHER_TRAINING;

        public String messageKey() {
            return "risk." + name();
        }
    }

    public record Thresholds(int reportGapYears, int enrolmentGapYears, int agreementLeadDays) {

        public Thresholds {
            if (reportGapYears < 1 || enrolmentGapYears < 1 || agreementLeadDays < 0) {
                throw new IllegalArgumentException("thresholds: " + reportGapYears + ", " + enrolmentGapYears + ", "
                        + agreementLeadDays);
            }
        }
    }

    /**
     * What the flags read of a program: its first year, whether it has ended, the agreement's last day (null: none
     * recorded), the years with a report submitted or accepted, the actual enrolment per year, the latest check's
     * outcome (null: no curriculum checked yet) and the years with a teacher training.
     */
    public record Facts(int startYear, boolean ended, LocalDate agreementEndsOn, Set<Integer> reportedYears,
            Map<Integer, Integer> actualEnrolment, Boolean compliant, Set<Integer> trainingYears) {
    }

    /** A raised flag and the figures its message shows: years, days, a date. */
    public record Flag(Kind kind, List<Object> figures) {

        public Flag {
            figures = List.copyOf(figures);
        }
    }

    private RiskFlags() {
    }

    public static List<Flag> of(Facts facts, Thresholds thresholds, LocalDate today) {
        List<Flag> flags = new ArrayList<>();
        if (facts.ended()) {
            return flags;
        }
        int year = today.getYear();
        int lastReportYear = year - 1;
        int firstReportYear = lastReportYear - thresholds.reportGapYears() + 1;
        if (firstReportYear >= facts.startYear() && IntStream.rangeClosed(firstReportYear, lastReportYear)
                .noneMatch(facts.reportedYears()::contains)) {
            flags.add(new Flag(Kind.NO_ANNUAL_REPORT, List.of(thresholds.reportGapYears())));
        }
        int firstEnrolmentYear = year - thresholds.enrolmentGapYears() + 1;
        if (firstEnrolmentYear >= facts.startYear() && IntStream.rangeClosed(firstEnrolmentYear, year)
                .noneMatch(y -> facts.actualEnrolment().getOrDefault(y, 0) > 0)) {
            flags.add(new Flag(Kind.NO_ENROLMENT, List.of(thresholds.enrolmentGapYears())));
        }
        if (facts.agreementEndsOn() != null) {
            long days = ChronoUnit.DAYS.between(today, facts.agreementEndsOn());
            if (days < 0) {
                flags.add(new Flag(Kind.AGREEMENT_EXPIRED, List.of(facts.agreementEndsOn().toString())));
            } else if (days <= thresholds.agreementLeadDays()) {
                flags.add(new Flag(Kind.AGREEMENT_EXPIRING, List.of(facts.agreementEndsOn().toString(), days)));
            }
        }
        if (Boolean.FALSE.equals(facts.compliant())) {
            flags.add(new Flag(Kind.BELOW_ONE_THIRD, List.of()));
        }
        if (!facts.trainingYears().contains(year)) {
            flags.add(new Flag(Kind.NO_TEACHER_TRAINING, List.of(year)));
        }
        return flags;
    }
}
