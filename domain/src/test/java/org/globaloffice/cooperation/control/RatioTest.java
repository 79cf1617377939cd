package org.globaloffice.cooperation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatioTest {

    private static final Ratio ONE_THIRD = Ratio.of(1, 3);

    @Test
    void exactlyOneThirdIsAtLeastOneThirdAndOneShortIsNot() {
        assertThat(Ratio.of(4, 12).isAtLeast(ONE_THIRD)).isTrue();
        assertThat(Ratio.of(3, 12).isAtLeast(ONE_THIRD)).isFalse();
        assertThat(Ratio.of(99, 297).isAtLeast(ONE_THIRD)).isTrue();
        assertThat(Ratio.of(98, 296).isAtLeast(ONE_THIRD)).isFalse();
        assertThat(Ratio.of(0, 1).isAtLeast(Ratio.of(0, 5))).isTrue();
    }

    @Test
    void aShareThatShowsAs33Point3PercentMayStillFallShort() {
        var almost = Ratio.of(3333, 10000);

        assertThat(almost.percentText()).isEqualTo(ONE_THIRD.percentText()).isEqualTo("33.3%");
        assertThat(almost.isAtLeast(ONE_THIRD)).isFalse();
    }

    @Test
    void keepsTheCountsAsGiven() {
        assertThat(Ratio.of(4, 12)).hasToString("4/12").isNotEqualTo(ONE_THIRD);
        assertThat(Ratio.of(4, 12).isAtLeast(ONE_THIRD) && ONE_THIRD.isAtLeast(Ratio.of(4, 12))).isTrue();
    }

    @Test
    void percentIsRoundedHalfUpToOneDecimal() {
        assertThat(ONE_THIRD.percent()).isEqualTo(new BigDecimal("33.3"));
        assertThat(Ratio.of(2, 3).percent()).isEqualTo(new BigDecimal("66.7"));
        assertThat(Ratio.of(1, 16).percent()).as("6.25 rounds up, not to even").isEqualTo(new BigDecimal("6.3"));
        assertThat(Ratio.of(1, 8).percent()).isEqualTo(new BigDecimal("12.5"));
        assertThat(Ratio.of(0, 5).percentText()).isEqualTo("0.0%");
        assertThat(Ratio.of(12, 12).percentText()).isEqualTo("100.0%");
    }

    @Test
    void zeroOverZeroMeansNothingToCountAndHasNoValue() {
        var nothing = Ratio.of(0, 0);

        assertThat(nothing.isDefined()).isFalse();
        assertThat(nothing).hasToString("0/0");
        assertThatThrownBy(nothing::percent).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> nothing.isAtLeast(ONE_THIRD)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> nothing.toReachByConverting(ONE_THIRD)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesWhatCannotBeAShare() {
        assertThatThrownBy(() -> Ratio.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ratio.of(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ratio.of(1, -3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void convertingNeedsOnlyTheMissingNumerator() {
        assertThat(Ratio.of(3, 12).toReachByConverting(ONE_THIRD)).isEqualTo(1);
        assertThat(Ratio.of(4, 12).toReachByConverting(ONE_THIRD)).isZero();
        assertThat(Ratio.of(12, 12).toReachByConverting(ONE_THIRD)).isZero();
        assertThat(Ratio.of(0, 13).toReachByConverting(ONE_THIRD)).as("13/3 rounded up").isEqualTo(5);
        assertThat(Ratio.of(90, 288).toReachByConverting(ONE_THIRD)).isEqualTo(6);
    }

    @Test
    void addingRaisesBothSidesAndSoNeedsMore() {
        // 3/12 + x/x: 4/13 is still short (12 < 13), 5/14 is not (15 ≥ 14)
        assertThat(Ratio.of(3, 12).toReachByAdding(ONE_THIRD)).isEqualTo(2);
        // 90 of 288 hours: 98/296 is short (294 < 296), 99/297 is exactly a third
        assertThat(Ratio.of(90, 288).toReachByAdding(ONE_THIRD)).isEqualTo(9);
        assertThat(Ratio.of(0, 1).toReachByAdding(ONE_THIRD)).as("1/2").isEqualTo(1);
        assertThat(Ratio.of(0, 12).toReachByAdding(ONE_THIRD)).as("6/18").isEqualTo(6);
        assertThat(Ratio.of(4, 12).toReachByAdding(ONE_THIRD)).isZero();
        assertThatThrownBy(() -> Ratio.of(1, 2).toReachByAdding(Ratio.of(1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAmountsToReachAThirdAreTheSmallestThatWork() {
        for (long denominator = 1; denominator <= 60; denominator++) {
            for (long numerator = 0; numerator <= denominator; numerator++) {
                var ratio = Ratio.of(numerator, denominator);
                long converting = ratio.toReachByConverting(ONE_THIRD);
                long adding = ratio.toReachByAdding(ONE_THIRD);

                assertThat(Ratio.of(numerator + converting, denominator).isAtLeast(ONE_THIRD)).isTrue();
                assertThat(Ratio.of(numerator + adding, denominator + adding).isAtLeast(ONE_THIRD)).isTrue();
                if (converting > 0) {
                    assertThat(Ratio.of(numerator + converting - 1, denominator).isAtLeast(ONE_THIRD))
                            .as("%s converting %d", ratio, converting - 1).isFalse();
                }
                if (adding > 0) {
                    assertThat(Ratio.of(numerator + adding - 1, denominator + adding - 1).isAtLeast(ONE_THIRD))
                            .as("%s adding %d", ratio, adding - 1).isFalse();
                }
                assertThat(converting).as("converting never needs more than adding").isLessThanOrEqualTo(adding);
            }
        }
    }

    @Test
    void largeCountsDoNotOverflow() {
        // Long.MAX_VALUE = 3 · 3074457345618258602 + 1, so a third of it needs 3074457345618258603,
        // and three times that is beyond a long
        long max = Long.MAX_VALUE;
        var justShort = Ratio.of(3074457345618258602L, max);
        var justEnough = Ratio.of(3074457345618258603L, max);

        assertThat(justShort.isAtLeast(ONE_THIRD)).isFalse();
        assertThat(justEnough.isAtLeast(ONE_THIRD)).isTrue();
        assertThat(justShort.toReachByConverting(ONE_THIRD)).isEqualTo(1);
        assertThat(justShort.toReachByAdding(ONE_THIRD)).isEqualTo(1);
        assertThat(Ratio.of(0, max).toReachByConverting(ONE_THIRD)).isEqualTo(3074457345618258603L);
        assertThat(justShort.percentText()).isEqualTo("33.3%");
        assertThat(Ratio.of(max - 1, max).isAtLeast(Ratio.of(max - 2, max - 1))).isTrue();
    }
}
