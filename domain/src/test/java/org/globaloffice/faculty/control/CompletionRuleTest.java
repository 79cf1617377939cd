package org.globaloffice.faculty.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.globaloffice.platform.error.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompletionRuleTest {

    private static final CompletionRule EIGHTY = CompletionRule.DEFAULT;

    @Test
    void eightyPercentOfThirtyHoursIsTwentyFourExactly() {
        assertThat(EIGHTY.completed(24, 30)).isTrue();
        assertThat(EIGHTY.completed(23, 30)).isFalse();
        assertThat(EIGHTY.requiredHours(30)).isEqualTo(24);
    }

    @Test
    void aFractionalShareRoundsUpToTheNextWholeHour() {
        // 80 % of 31 hours is 24.8: 24 falls short, 25 completes
        assertThat(EIGHTY.completed(24, 31)).isFalse();
        assertThat(EIGHTY.completed(25, 31)).isTrue();
        assertThat(EIGHTY.requiredHours(31)).isEqualTo(25);
    }

    @Test
    void theShareIsComparedExactlyNotAsARoundedRatio() {
        // 2/3 = 66.66…%: a 67 % rule is not met, a 66 % rule is
        assertThat(new CompletionRule(67).completed(2, 3)).isFalse();
        assertThat(new CompletionRule(66).completed(2, 3)).isTrue();
    }

    @Test
    void attendingEveryHourCompletesEvenAtOneHundredPercent() {
        CompletionRule all = new CompletionRule(100);

        assertThat(all.completed(30, 30)).isTrue();
        assertThat(all.completed(29, 30)).isFalse();
    }

    @Test
    void aProgramWithoutHoursCompletesNobody() {
        assertThat(EIGHTY.completed(0, 0)).isFalse();
        assertThat(EIGHTY.requiredHours(0)).isZero();
    }

    @Test
    void attendingNothingOfARealProgramDoesNotComplete() {
        assertThat(new CompletionRule(1).completed(0, 30)).isFalse();
        assertThat(new CompletionRule(1).completed(1, 30)).isTrue();
    }

    @Test
    void moreHoursAttendedThanTaughtAreRefused() {
        assertThat(EIGHTY.completed(30, 30)).isTrue();
        assertThatThrownBy(() -> EIGHTY.completed(31, 30))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("attendedHours");
                    assertThat(e.getMessageKey()).isEqualTo("competence.attended.exceedsTotal");
                    assertThat(e.getArguments()).containsExactly(31, 30);
                });
    }

    @Test
    void negativeHoursAreRefused() {
        assertThatThrownBy(() -> EIGHTY.completed(-1, 30))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getField()).isEqualTo("attendedHours"));
        assertThatThrownBy(() -> EIGHTY.completed(0, -1))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getField()).isEqualTo("totalHours"));
    }

    @Test
    void largeProgramsDoNotOverflow() {
        assertThat(EIGHTY.completed(Integer.MAX_VALUE, Integer.MAX_VALUE)).isTrue();
        assertThat(new CompletionRule(100).completed(Integer.MAX_VALUE - 1, Integer.MAX_VALUE)).isFalse();
        assertThat(new CompletionRule(100).requiredHours(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 101})
    void aSettingOutsideOneToOneHundredPercentIsAMistake(int percent) {
        assertThatIllegalArgumentException().isThrownBy(() -> new CompletionRule(percent));
    }
}
