package org.globaloffice.faculty.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.globaloffice.faculty.control.OverseasExperience.Source;
import org.globaloffice.faculty.control.OverseasExperience.Stay;
import org.junit.jupiter.api.Test;

class OverseasExperienceTest {

    private static Stay trip(String from, String to) {
        return new Stay(LocalDate.parse(from), LocalDate.parse(to), Source.TRIP);
    }

    private static Stay degree(String from, String to) {
        return new Stay(LocalDate.parse(from), LocalDate.parse(to), Source.DEGREE);
    }

    private static OverseasExperience of(Stay... stays) {
        return OverseasExperience.of(List.of(stays));
    }

    @Test
    void aStayCountsBothItsFirstAndLastDay() {
        assertThat(of(trip("2025-03-01", "2025-03-01")).totalDays()).isEqualTo(1);
        assertThat(of(trip("2025-03-01", "2025-03-10")).totalDays()).isEqualTo(10);
    }

    @Test
    void noRecordsNoExperience() {
        OverseasExperience none = of();

        assertThat(none.totalDays()).isZero();
        assertThat(none.hasThreeMonths()).isFalse();
    }

    @Test
    void exactlyNinetyDaysAreThreeMonthsEightyNineAreNot() {
        // 1 January – 31 March 2025: 31 + 28 + 31 = 90 days
        OverseasExperience ninety = of(trip("2025-01-01", "2025-03-31"));
        OverseasExperience eightyNine = of(trip("2025-01-01", "2025-03-30"));

        assertThat(ninety.totalDays()).isEqualTo(90);
        assertThat(ninety.hasThreeMonths()).isTrue();
        assertThat(eightyNine.totalDays()).isEqualTo(89);
        assertThat(eightyNine.hasThreeMonths()).isFalse();
    }

    @Test
    void separateStaysAddUpToTheThreshold() {
        // 30 + 30 + 30 days in three different years
        OverseasExperience three = of(trip("2022-04-01", "2022-04-30"), trip("2023-06-01", "2023-06-30"),
                trip("2024-09-01", "2024-09-30"));

        assertThat(three.totalDays()).isEqualTo(90);
        assertThat(three.hasThreeMonths()).isTrue();
    }

    @Test
    void overlappingStaysCountEachDayOnce() {
        // a visiting-scholar stay of 61 days with a conference trip inside it and one running 5 days beyond it
        OverseasExperience overlapping = of(trip("2025-09-01", "2025-10-31"), trip("2025-09-10", "2025-09-14"),
                trip("2025-10-29", "2025-11-05"));

        assertThat(overlapping.totalDays()).isEqualTo(61 + 5);
    }

    @Test
    void theSameTripRecordedTwiceCountsOnce() {
        assertThat(of(trip("2025-05-01", "2025-05-10"), trip("2025-05-01", "2025-05-10")).totalDays())
                .isEqualTo(10);
    }

    @Test
    void stayOnTheDayAnotherEndsSharesThatDay() {
        assertThat(of(trip("2025-05-01", "2025-05-10"), trip("2025-05-10", "2025-05-20")).totalDays())
                .isEqualTo(20);
        assertThat(of(trip("2025-05-01", "2025-05-10"), trip("2025-05-11", "2025-05-20")).totalDays())
                .as("back to back, nothing shared").isEqualTo(20);
    }

    @Test
    void theOrderOfTheRecordsDoesNotMatter() {
        Stay a = trip("2025-09-01", "2025-10-31");
        Stay b = trip("2025-01-01", "2025-01-05");
        Stay c = trip("2025-10-15", "2025-11-05");

        assertThat(OverseasExperience.of(List.of(c, a, b)).totalDays())
                .isEqualTo(OverseasExperience.of(List.of(a, b, c)).totalDays()).isEqualTo(66 + 5);
    }

    @Test
    void aTripAcrossTheYearEndCountsWholeAndSplitsByYear() {
        // 20 December 2025 – 10 January 2026: 12 days in 2025, 10 in 2026
        OverseasExperience crossing = of(trip("2025-12-20", "2026-01-10"));

        assertThat(crossing.totalDays()).isEqualTo(22);
        assertThat(crossing.daysWithin(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).isEqualTo(12);
        assertThat(crossing.daysWithin(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEqualTo(10);
    }

    @Test
    void aWindowCountsItsOwnFirstAndLastDayAndNothingOutside() {
        OverseasExperience experience = of(trip("2025-03-01", "2025-03-10"), trip("2025-06-01", "2025-06-30"));

        assertThat(experience.daysWithin(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 6, 1))).isEqualTo(2);
        assertThat(experience.daysWithin(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 5, 31))).isZero();
        assertThat(experience.daysWithin(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31))).isEqualTo(40);
    }

    @Test
    void aDegreeAbroadCountsItsDaysAndOverlapsWithTripsOnce() {
        // a master's abroad, 1 September 2018 – 30 June 2020: 122 + 365 + 182 (2020 is a leap year) = 669 days
        OverseasExperience master = of(degree("2018-09-01", "2020-06-30"));
        OverseasExperience withTrip = of(degree("2018-09-01", "2020-06-30"), trip("2020-06-20", "2020-07-04"));

        assertThat(master.totalDays()).isEqualTo(669);
        assertThat(master.hasThreeMonths()).isTrue();
        assertThat(withTrip.totalDays()).isEqualTo(669 + 4);
    }

    @Test
    void aLeapDayAbroadCounts() {
        assertThat(of(trip("2024-02-28", "2024-03-01")).totalDays()).isEqualTo(3);
        assertThat(of(trip("2025-02-28", "2025-03-01")).totalDays()).isEqualTo(2);
    }

    @Test
    void theThresholdIsASettingAtItsExactValue() {
        OverseasExperience ninetyOne = of(trip("2025-01-01", "2025-04-01"));

        assertThat(ninetyOne.totalDays()).isEqualTo(91);
        assertThat(ninetyOne.hasAtLeast(91)).isTrue();
        assertThat(ninetyOne.hasAtLeast(92)).isFalse();
        assertThat(OverseasExperience.THREE_MONTHS_IN_DAYS).isEqualTo(90);
        assertThatIllegalArgumentException().isThrownBy(() -> ninetyOne.hasAtLeast(0));
    }

    @Test
    void aStayEndingBeforeItStartsIsAMistake() {
        assertThatIllegalArgumentException().isThrownBy(() -> trip("2025-03-02", "2025-03-01"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> of(trip("2025-03-01", "2025-03-02")).daysWithin(LocalDate.of(2025, 3, 2),
                        LocalDate.of(2025, 3, 1)));
    }
}
