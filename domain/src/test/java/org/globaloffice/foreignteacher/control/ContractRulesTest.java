package org.globaloffice.foreignteacher.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.globaloffice.foreignteacher.control.ContractRules.Assessment;
import org.globaloffice.foreignteacher.control.ContractRules.Term;
import org.globaloffice.platform.error.RuleViolationException;
import org.junit.jupiter.api.Test;

class ContractRulesTest {

    private static final int MAX = 16;
    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2027, 7, 31);

    private static boolean check(Term term, int hours, List<Term> others, Map<Integer, Assessment> assessments) {
        return ContractRules.check(term, hours, MAX, others, assessments);
    }

    private static Term newTerm(LocalDate startsOn, LocalDate endsOn) {
        return new Term(null, startsOn, endsOn);
    }

    @Test
    void aFirstContractIsNoRenewal() {
        assertThat(check(newTerm(START, END), 10, List.of(), Map.of())).isFalse();
    }

    @Test
    void aContractMustEndAfterItStarts() {
        assertThatThrownBy(() -> check(newTerm(START, START), 10, List.of(), Map.of()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("contract.endsOn.beforeStart");
                    assertThat(e.getField()).isEqualTo("endsOn");
                });
        assertThatThrownBy(() -> check(newTerm(START, START.minusDays(1)), 10, List.of(), Map.of()))
                .hasMessage("contract.endsOn.beforeStart");
        assertThat(check(newTerm(START, START.plusDays(1)), 10, List.of(), Map.of())).isFalse();
    }

    @Test
    void theWeeklyHoursMayReachTheMaximumButNotExceedIt() {
        assertThat(check(newTerm(START, END), MAX, List.of(), Map.of())).isFalse();
        assertThatThrownBy(() -> check(newTerm(START, END), MAX + 1, List.of(), Map.of()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("contract.weeklyHours.tooMany");
                    assertThat(e.getField()).isEqualTo("weeklyHours");
                    assertThat(e.getArguments()).containsExactly(MAX);
                });
    }

    @Test
    void contractsSharingASingleDayOverlap() {
        Term earlier = new Term(1L, LocalDate.of(2025, 9, 1), START);

        assertThatThrownBy(() -> check(newTerm(START, END), 10, List.of(earlier), Map.of()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("contract.overlaps");
                    assertThat(e.getField()).isEqualTo("startsOn");
                    assertThat(e.getArguments()).containsExactly(earlier.startsOn(), earlier.endsOn());
                });
    }

    @Test
    void aContractEndingOnTheFirstDayOfALaterOneOverlapsToo() {
        Term later = new Term(1L, END, END.plusYears(1));

        assertThatThrownBy(() -> check(newTerm(START, END), 10, List.of(later), Map.of()))
                .hasMessage("contract.overlaps");
    }

    @Test
    void aContractInsideAnotherOverlaps() {
        Term around = new Term(1L, START.minusDays(10), END.plusDays(10));

        assertThatThrownBy(() -> check(newTerm(START, END), 10, List.of(around), Map.of()))
                .hasMessage("contract.overlaps");
    }

    @Test
    void contractsOnAdjacentDaysDoNotOverlap() {
        Term later = new Term(1L, END.plusDays(1), END.plusYears(1));

        assertThat(check(newTerm(START, END), 10, List.of(later), Map.of())).isFalse();
    }

    @Test
    void aChangedContractIsNotComparedWithItself() {
        Term saved = new Term(7L, START, END);
        Term changed = new Term(7L, START, END.plusDays(30));

        assertThat(check(changed, 10, List.of(saved), Map.of())).isFalse();
    }

    @Test
    void aRenewalNeedsTheAssessmentOfTheYearThePreviousContractEnds() {
        Term previous = new Term(1L, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31));
        Term renewal = newTerm(START, END);

        assertThatThrownBy(() -> check(renewal, 10, List.of(previous), Map.of()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("contract.renewal.assessmentMissing");
                    assertThat(e.getField()).isEqualTo("startsOn");
                    assertThat(e.getArguments()).containsExactly("2026");
                });
        // the assessment of the year the previous contract started in is not the one asked for
        assertThatThrownBy(() -> check(renewal, 10, List.of(previous),
                Map.of(2025, new Assessment(2025, AssessmentResult.EXCELLENT, true))))
                .hasMessage("contract.renewal.assessmentMissing");
        assertThat(check(renewal, 10, List.of(previous),
                Map.of(2026, new Assessment(2026, AssessmentResult.COMPETENT, true)))).isTrue();
    }

    @Test
    void aRenewalAfterAContractEndingOnNewYearsEveReadsThatYearsAssessment() {
        Term previous = new Term(1L, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        Term renewal = newTerm(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

        assertThat(check(renewal, 10, List.of(previous),
                Map.of(2026, new Assessment(2026, AssessmentResult.COMPETENT, true)))).isTrue();
        assertThatThrownBy(() -> check(renewal, 10, List.of(previous),
                Map.of(2027, new Assessment(2027, AssessmentResult.COMPETENT, true))))
                .hasMessage("contract.renewal.assessmentMissing");
    }

    @Test
    void aRenewalNeedsARecommendation() {
        Term previous = new Term(1L, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31));

        assertThatThrownBy(() -> check(newTerm(START, END), 10, List.of(previous),
                Map.of(2026, new Assessment(2026, AssessmentResult.EXCELLENT, false))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("contract.renewal.notRecommended");
                    assertThat(e.getField()).isEqualTo("startsOn");
                    assertThat(e.getArguments()).containsExactly("2026");
                });
    }

    @Test
    void anIncompetentTeacherIsNotRenewedEvenIfRecommended() {
        Term previous = new Term(1L, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31));

        assertThatThrownBy(() -> check(newTerm(START, END), 10, List.of(previous),
                Map.of(2026, new Assessment(2026, AssessmentResult.INCOMPETENT, true))))
                .hasMessage("contract.renewal.notRecommended");
        assertThat(check(newTerm(START, END), 10, List.of(previous),
                Map.of(2026, new Assessment(2026, AssessmentResult.BASICALLY_COMPETENT, true)))).isTrue();
    }

    @Test
    void theRenewalFollowsTheLatestEarlierContract() {
        Term first = new Term(1L, LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31));
        Term second = new Term(2L, LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31));
        Map<Integer, Assessment> onlyFor2024 = Map.of(2024, new Assessment(2024, AssessmentResult.EXCELLENT, true));
        Map<Integer, Assessment> onlyFor2025 = Map.of(2025, new Assessment(2025, AssessmentResult.EXCELLENT, true));
        Term renewal = newTerm(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31));

        assertThatThrownBy(() -> check(renewal, 10, List.of(second, first), onlyFor2024))
                .hasMessage("contract.renewal.assessmentMissing");
        assertThat(check(renewal, 10, List.of(second, first), onlyFor2025)).isTrue();
    }

    @Test
    void aContractBeforeAllOthersIsNoRenewal() {
        Term later = new Term(1L, END.plusDays(1), END.plusYears(1));

        assertThat(check(newTerm(START, END), 10, List.of(later), Map.of())).isFalse();
    }

    @Test
    void theBadTermIsReportedBeforeTheHours() {
        assertThatThrownBy(() -> check(newTerm(START, START), MAX + 1, List.of(), Map.of()))
                .hasMessage("contract.endsOn.beforeStart");
    }

    @Test
    void daysCountTheFirstAndTheLastDay() {
        assertThat(new Term(null, START, START).days()).isEqualTo(1);
        assertThat(new Term(null, START, START.plusDays(1)).days()).isEqualTo(2);
        assertThat(new Term(null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)).days()).isEqualTo(365);
    }

    @Test
    void daysAcrossTheTwentyNinthOfFebruary2028() {
        assertThat(new Term(null, LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1)).days()).isEqualTo(3);
        assertThat(new Term(null, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)).days()).isEqualTo(366);
        assertThat(new Term(null, LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1)).days()).isEqualTo(2);
    }

    @Test
    void longTermFromTheThresholdDayOn() {
        LocalDate start = LocalDate.of(2026, 9, 1);

        assertThat(ContractRules.isLongTerm(new Term(null, start, start.plusDays(89)), 90)).isTrue();
        assertThat(ContractRules.isLongTerm(new Term(null, start, start.plusDays(88)), 90)).isFalse();
        assertThat(ContractRules.isLongTerm(new Term(null, start, start.plusDays(179)), 180)).isTrue();
        assertThat(ContractRules.isLongTerm(new Term(null, start, start.plusDays(178)), 180)).isFalse();
        assertThat(ContractRules.isLongTerm(new Term(null, start, null), 90)).isFalse();
        assertThat(ContractRules.isLongTerm(new Term(null, null, start), 90)).isFalse();
    }
}
