package org.globaloffice.cooperation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.globaloffice.cooperation.control.RiskFlags.Facts;
import org.globaloffice.cooperation.control.RiskFlags.Kind;
import org.globaloffice.cooperation.control.RiskFlags.Thresholds;
import org.junit.jupiter.api.Test;

class RiskFlagsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Thresholds USUAL = new Thresholds(2, 3, 180);

    /** A healthy program since 2020: every report, enrolment each year, training this year, compliant. */
    private static Facts healthy() {
        return new Facts(2020, false, TODAY.plusYears(2), Set.of(2020, 2021, 2022, 2023, 2024, 2025),
                Map.of(2024, 60, 2025, 58, 2026, 61), true, Set.of(2026));
    }

    private static List<Kind> kinds(Facts facts) {
        return RiskFlags.of(facts, USUAL, TODAY).stream().map(RiskFlags.Flag::kind).toList();
    }

    @Test
    void aHealthyProgramRaisesNothing() {
        assertThat(kinds(healthy())).isEmpty();
    }

    @Test
    void twoYearsWithoutAReportAreFlaggedOneIsNot() {
        Facts oneMissing = new Facts(2020, false, TODAY.plusYears(2), Set.of(2020, 2021, 2022, 2023, 2024),
                Map.of(2026, 61), true, Set.of(2026));
        Facts twoMissing = new Facts(2020, false, TODAY.plusYears(2), Set.of(2020, 2021, 2022, 2023),
                Map.of(2026, 61), true, Set.of(2026));

        assertThat(kinds(oneMissing)).doesNotContain(Kind.NO_ANNUAL_REPORT);
        assertThat(kinds(twoMissing)).containsExactly(Kind.NO_ANNUAL_REPORT);
        assertThat(RiskFlags.of(twoMissing, USUAL, TODAY).get(0).figures()).containsExactly(2);
    }

    @Test
    void aProgramYoungerThanTheGapIsNotFlaggedForReports() {
        // started 2025: only 2025 was due, one year, less than the gap of two
        Facts young = new Facts(2025, false, TODAY.plusYears(2), Set.of(), Map.of(2025, 30, 2026, 31), true,
                Set.of(2026));
        Facts twoYearsOld = new Facts(2024, false, TODAY.plusYears(2), Set.of(), Map.of(2025, 30, 2026, 31), true,
                Set.of(2026));

        assertThat(kinds(young)).isEmpty();
        assertThat(kinds(twoYearsOld)).containsExactly(Kind.NO_ANNUAL_REPORT);
    }

    @Test
    void threeYearsWithoutEnrolmentAreFlaggedAnEnrolmentInAnyOfThemClearsIt() {
        Facts none = new Facts(2020, false, TODAY.plusYears(2), Set.of(2024, 2025), Map.of(2023, 40, 2024, 0),
                true, Set.of(2026));
        Facts thisYear = new Facts(2020, false, TODAY.plusYears(2), Set.of(2024, 2025), Map.of(2026, 1), true,
                Set.of(2026));

        assertThat(kinds(none)).containsExactly(Kind.NO_ENROLMENT);
        assertThat(kinds(thisYear)).isEmpty();
    }

    @Test
    void theAgreementIsExpiringOnTheLastDayOfTheLeadTimeNotTheDayAfter() {
        Facts atLead = new Facts(2020, false, TODAY.plusDays(180), healthy().reportedYears(),
                healthy().actualEnrolment(), true, Set.of(2026));
        Facts beyond = new Facts(2020, false, TODAY.plusDays(181), healthy().reportedYears(),
                healthy().actualEnrolment(), true, Set.of(2026));
        Facts today = new Facts(2020, false, TODAY, healthy().reportedYears(), healthy().actualEnrolment(), true,
                Set.of(2026));
        Facts yesterday = new Facts(2020, false, TODAY.minusDays(1), healthy().reportedYears(),
                healthy().actualEnrolment(), true, Set.of(2026));

        assertThat(kinds(atLead)).containsExactly(Kind.AGREEMENT_EXPIRING);
        assertThat(RiskFlags.of(atLead, USUAL, TODAY).get(0).figures()).containsExactly("2027-05-23", 180L);
        assertThat(kinds(beyond)).isEmpty();
        assertThat(kinds(today)).containsExactly(Kind.AGREEMENT_EXPIRING);
        assertThat(kinds(yesterday)).containsExactly(Kind.AGREEMENT_EXPIRED);
    }

    @Test
    void aFailingCheckAndAYearWithoutTrainingAreFlaggedNoCurriculumIsNotAFailingCheck() {
        Facts failing = new Facts(2020, false, TODAY.plusYears(2), healthy().reportedYears(),
                healthy().actualEnrolment(), false, Set.of(2025));
        Facts unchecked = new Facts(2020, false, TODAY.plusYears(2), healthy().reportedYears(),
                healthy().actualEnrolment(), null, Set.of(2026));

        assertThat(kinds(failing)).containsExactly(Kind.BELOW_ONE_THIRD, Kind.NO_TEACHER_TRAINING);
        assertThat(kinds(unchecked)).isEmpty();
    }

    @Test
    void anEndedProgramRaisesNothing() {
        Facts ended = new Facts(2010, true, TODAY.minusYears(3), Set.of(), Map.of(), false, Set.of());

        assertThat(kinds(ended)).isEmpty();
    }
}
