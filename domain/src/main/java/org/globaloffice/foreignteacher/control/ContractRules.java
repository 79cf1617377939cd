package org.globaloffice.foreignteacher.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.globaloffice.platform.error.RuleViolationException;

/**
 * The rules of a foreign teacher's contracts. A contract ends after it starts and overlaps no other contract of the
 * same teacher; its weekly teaching load is at most the office's maximum. A contract that follows an earlier one is
 * a <em>renewal</em>: it needs the annual assessment of the calendar year in which the earlier contract ends, and
 * that assessment must recommend renewal (domain: "an annual assessment of performance and contract fulfilment
 * before renewal"). A term is long-term when it lasts at least the university's threshold, counting both its first
 * and its last day (90 days by default; some universities count 180).
 */
public final class ContractRules {

    /** A contract's term; {@code id} is null for one not saved yet. */
    public record Term(Long id, LocalDate startsOn, LocalDate endsOn) {

        /** Days covered, the first and the last included. */
        public long days() {
            return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
        }

        boolean overlaps(Term other) {
            return !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
        }
    }

    /** What a renewal reads of an annual assessment. */
    public record Assessment(int year, AssessmentResult result, boolean recommendsRenewal) {
    }

    private ContractRules() {
    }

    public static boolean isLongTerm(Term term, int longTermDays) {
        return term.startsOn() != null && term.endsOn() != null && term.days() >= longTermDays;
    }

    /**
     * Checks a new or changed contract against the teacher's other contracts and assessments; tells whether it is a
     * renewal. Refuses, with the field concerned, whatever breaks a rule.
     */
    public static boolean check(Term term, int weeklyHours, int maxWeeklyHours, Collection<Term> otherContracts,
            Map<Integer, Assessment> assessmentsByYear) {
        if (!term.endsOn().isAfter(term.startsOn())) {
            throw new RuleViolationException("endsOn", "contract.endsOn.beforeStart");
        }
        if (weeklyHours > maxWeeklyHours) {
            throw new RuleViolationException("weeklyHours", "contract.weeklyHours.tooMany", maxWeeklyHours);
        }
        var others = otherContracts.stream().filter(o -> term.id() == null || !term.id().equals(o.id())).toList();
        others.stream().filter(term::overlaps).findFirst().ifPresent(other -> {
            throw new RuleViolationException("startsOn", "contract.overlaps", other.startsOn(), other.endsOn());
        });
        Optional<Term> previous = others.stream().filter(o -> o.endsOn().isBefore(term.startsOn()))
                .max(Comparator.comparing(Term::endsOn));
        if (previous.isEmpty()) {
            return false;
        }
        int year = previous.get().endsOn().getYear();
        Assessment assessment = assessmentsByYear.get(year);
        if (assessment == null) {
            throw new RuleViolationException("startsOn", "contract.renewal.assessmentMissing", String.valueOf(year));
        }
        if (!assessment.recommendsRenewal() || assessment.result() == AssessmentResult.INCOMPETENT) {
            throw new RuleViolationException("startsOn", "contract.renewal.notRecommended", String.valueOf(year));
        }
        return true;
    }
}
