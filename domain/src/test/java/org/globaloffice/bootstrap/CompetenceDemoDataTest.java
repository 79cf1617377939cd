package org.globaloffice.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.globaloffice.faculty.control.CompetenceTotals;
import org.globaloffice.faculty.control.CompletionRule;
import org.junit.jupiter.api.Test;

/** The demo's 2021 program reproduces seed 000's figures, and its attendance reaches both sides of the rule. */
class CompetenceDemoDataTest {

    private static List<Integer> attended() {
        return IntStream.range(0, CompetenceDemoData.SEED_PARTICIPANTS)
                .mapToObj(i -> Arrays.stream(CompetenceDemoData.seedAttendance(i)).sum()).toList();
    }

    @Test
    void fiveSessionsOneHundredFiftySixParticipantsOneHundredSixtyHours() {
        CompetenceTotals.ProgramTotals totals = CompetenceTotals.ofProgram(CompletionRule.DEFAULT,
                new CompetenceTotals.ProgramCounts(1, 2021, 5, 160, CompetenceDemoData.SEED_PARTICIPANTS), attended());

        assertThat(totals.sessions()).isEqualTo(5);
        assertThat(totals.participants()).isEqualTo(156);
        assertThat(totals.teachingHours()).isEqualTo(160);
        assertThat(totals.completed()).isEqualTo(132);
        assertThat(totals.completionPercent()).isEqualByComparingTo("84.6");
    }

    @Test
    void someCompleteExactlyAtTheRuleAndSomeFallOneHourShort() {
        assertThat(attended()).filteredOn(h -> h == 128).hasSize(12);
        assertThat(attended()).filteredOn(h -> h == 127).hasSize(12);
        assertThat(attended()).filteredOn(h -> h == 96).hasSize(12);
    }

    @Test
    void nobodyAttendsMoreOfASessionThanWasTaught() {
        IntStream.range(0, CompetenceDemoData.SEED_PARTICIPANTS).forEach(i -> assertThat(
                Arrays.stream(CompetenceDemoData.seedAttendance(i)).boxed()).allMatch(h -> h >= 0 && h <= 32));
    }
}
