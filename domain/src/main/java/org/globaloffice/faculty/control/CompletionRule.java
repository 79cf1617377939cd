package org.globaloffice.faculty.control;

import org.globaloffice.platform.error.RuleViolationException;

/**
 * Whether a participant completed a global competence program (shared/domain.md, "Faculty internationalization"):
 * attendance is recorded per session and the participant completes with at least {@code requiredPercent} of the
 * program's teaching hours attended, the percentage being the office's setting (80 by default).
 * <p>
 * The comparison is exact integer arithmetic ({@code attended × 100 ≥ percent × total}), never a rounded ratio: with
 * 80 % of 30 hours, 24 hours complete and 23 do not; with 80 % of 31 hours (24.8), 25 are needed.
 * <p>
 * A program with no teaching hours recorded completes nobody: nothing has been taught yet, and a certificate for
 * zero hours would be awarded to every participant before the first session.
 */
public record CompletionRule(int requiredPercent) {

    public static final int DEFAULT_PERCENT = 80;

    public static final CompletionRule DEFAULT = new CompletionRule(DEFAULT_PERCENT);

    /** A setting of 0 % would complete people who attended nothing, above 100 % nobody: both are mistakes. */
    public CompletionRule {
        if (requiredPercent < 1 || requiredPercent > 100) {
            throw new IllegalArgumentException("required percent: " + requiredPercent);
        }
    }

    public boolean completed(int attendedHours, int totalHours) {
        check(attendedHours, totalHours);
        if (totalHours == 0) {
            return false;
        }
        return (long) attendedHours * 100 >= (long) requiredPercent * totalHours;
    }

    /** The fewest whole hours that complete a program of {@code totalHours}: 24 of 30 at 80 %, 25 of 31. */
    public int requiredHours(int totalHours) {
        check(0, totalHours);
        return (int) (((long) requiredPercent * totalHours + 99) / 100);
    }

    private static void check(int attendedHours, int totalHours) {
        if (totalHours < 0) {
            throw new RuleViolationException("totalHours", "competence.hours.negative", totalHours);
        }
        if (attendedHours < 0) {
            throw new RuleViolationException("attendedHours", "competence.hours.negative", attendedHours);
        }
        if (attendedHours > totalHours) {
            throw new RuleViolationException("attendedHours", "competence.attended.exceedsTotal", attendedHours,
                    totalHours);
        }
    }
}
