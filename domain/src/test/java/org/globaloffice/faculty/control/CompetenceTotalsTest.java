package org.globaloffice.faculty.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.globaloffice.faculty.control.CompetenceTotals.Attendance;
import org.globaloffice.faculty.control.CompetenceTotals.ProgramCounts;
import org.globaloffice.faculty.control.CompetenceTotals.ProgramTotals;
import org.globaloffice.faculty.control.CompetenceTotals.YearTotals;
import org.junit.jupiter.api.Test;

class CompetenceTotalsTest {

    private static final CompletionRule EIGHTY = CompletionRule.DEFAULT;

    /** Seed 000's shape: five sessions of 32 hours. */
    private static final ProgramCounts SEED = new ProgramCounts(1, 2021, 5, 160, 4);

    @Test
    void eightyPercentOfOneHundredSixtyHoursIsOneHundredTwentyEightExactly() {
        ProgramTotals totals = CompetenceTotals.ofProgram(EIGHTY, SEED, List.of(128, 127));

        assertThat(totals.requiredHours()).isEqualTo(128);
        assertThat(totals.completed()).as("128 completes, 127 does not").isEqualTo(1);
    }

    @Test
    void participantsWithoutAttendanceCountButDoNotComplete() {
        // four enrolled, three with attendance recorded
        ProgramTotals totals = CompetenceTotals.ofProgram(EIGHTY, SEED, List.of(160, 128, 96));

        assertThat(totals.sessions()).isEqualTo(5);
        assertThat(totals.teachingHours()).isEqualTo(160);
        assertThat(totals.participants()).isEqualTo(4);
        assertThat(totals.completed()).isEqualTo(2);
        assertThat(totals.completionPercent()).isEqualByComparingTo("50.0");
    }

    @Test
    void theRateIsRoundedHalfUpToOneDecimal() {
        ProgramCounts three = new ProgramCounts(1, 2021, 1, 30, 3);

        assertThat(CompetenceTotals.ofProgram(EIGHTY, three, List.of(30, 24)).completionPercent())
                .isEqualByComparingTo("66.7");
        assertThat(CompetenceTotals.ofProgram(EIGHTY, three, List.of(30)).completionPercent())
                .isEqualByComparingTo("33.3");
    }

    @Test
    void aProgramWithoutParticipantsHasNoRate() {
        ProgramTotals totals = CompetenceTotals.ofProgram(EIGHTY, new ProgramCounts(1, 2021, 2, 64, 0), List.of());

        assertThat(totals.completed()).isZero();
        assertThat(totals.completionPercent()).isNull();
    }

    @Test
    void aProgramWithoutSessionsCompletesNobody() {
        ProgramTotals totals = CompetenceTotals.ofProgram(EIGHTY, new ProgramCounts(1, 2021, 0, 0, 3), List.of());

        assertThat(totals.teachingHours()).isZero();
        assertThat(totals.requiredHours()).isZero();
        assertThat(totals.completed()).isZero();
        assertThat(totals.completionPercent()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void theOfficesSettingDecides() {
        assertThat(CompetenceTotals.ofProgram(new CompletionRule(100), SEED, List.of(160, 159)).completed())
                .isEqualTo(1);
        assertThat(CompetenceTotals.ofProgram(new CompletionRule(50), SEED, List.of(80, 79)).completed())
                .isEqualTo(1);
    }

    @Test
    void aYearAddsUpItsProgramsAndCountsEachMemberOnce() {
        List<ProgramCounts> programs = List.of(SEED, new ProgramCounts(2, 2021, 2, 32, 2),
                new ProgramCounts(3, 2022, 1, 16, 1), new ProgramCounts(4, 2021, 0, 0, 0));
        List<Attendance> attendance = List.of(
                new Attendance(1, 100, 160), new Attendance(2, 100, 32),   // member 100 completes both: counted once
                new Attendance(1, 101, 127), new Attendance(2, 101, 26),   // 101 completes the second only
                new Attendance(1, 102, 128),
                new Attendance(3, 100, 12));                                // 12 of 16 is 75 %: not in 2022

        List<YearTotals> years = CompetenceTotals.ofYears(EIGHTY, programs, Map.of(2021, 4, 2022, 1), attendance);

        assertThat(years).extracting(YearTotals::year).containsExactly(2021, 2022);
        YearTotals y2021 = years.get(0);
        assertThat(y2021.programs()).isEqualTo(3);
        assertThat(y2021.sessions()).isEqualTo(7);
        assertThat(y2021.teachingHours()).isEqualTo(192);
        assertThat(y2021.participants()).isEqualTo(4);
        assertThat(y2021.completed()).isEqualTo(3);
        assertThat(y2021.completionPercent()).isEqualByComparingTo("75.0");
        YearTotals y2022 = years.get(1);
        assertThat(y2022.programs()).isEqualTo(1);
        assertThat(y2022.participants()).isEqualTo(1);
        assertThat(y2022.completed()).isZero();
    }

    @Test
    void noProgramsNoYears() {
        assertThat(CompetenceTotals.ofYears(EIGHTY, List.of(), Map.of(), List.of())).isEmpty();
    }
}
