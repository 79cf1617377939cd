package org.globaloffice.faculty.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.globaloffice.faculty.control.OverseasExperience.Source;
import org.globaloffice.faculty.control.OverseasExperience.Stay;
import org.junit.jupiter.api.Test;

class TutorEligibilityTest {

    private static OverseasExperience daysAbroad(int days) {
        LocalDate from = LocalDate.of(2024, 3, 1);
        return days == 0 ? OverseasExperience.of(List.of())
                : OverseasExperience.of(List.of(new Stay(from, from.plusDays(days - 1L), Source.TRIP)));
    }

    @Test
    void aTeacherWithExactlyTheThresholdIsEligible() {
        assertThat(TutorEligibility.of(true, daysAbroad(90), 90).eligible()).isTrue();
    }

    @Test
    void oneDayShortIsNotAndThePageCanSayByHowMuch() {
        TutorEligibility verdict = TutorEligibility.of(true, daysAbroad(89), 90);
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasonKey()).isEqualTo("tutor.ineligible.overseas");
        assertThat(verdict.reasonArgs()).containsExactly(89L, 90);
    }

    @Test
    void aTeacherWhoHasLeftIsNotEligibleWhateverTheirExperience() {
        TutorEligibility verdict = TutorEligibility.of(false, daysAbroad(400), 90);
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasonKey()).isEqualTo("tutor.ineligible.inactive");
    }

    @Test
    void theThresholdIsTheSettingNotAFixedThreeMonths() {
        assertThat(TutorEligibility.of(true, daysAbroad(100), 180).eligible()).isFalse();
        assertThat(TutorEligibility.of(true, daysAbroad(180), 180).eligible()).isTrue();
    }
}
