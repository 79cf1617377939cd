package org.globaloffice.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.globaloffice.reporting.dashboard.TrainingHours.SchoolHours;
import org.junit.jupiter.api.Test;

class TrainingHoursTest {

    private static final SchoolLabel FL = new SchoolLabel("FL", "外国语学院", "School of Foreign Languages");
    private static final SchoolLabel CS = new SchoolLabel("CS", "计算机学院", "School of Computer Science");
    private static final SchoolLabel EM = new SchoolLabel("EM", "经济管理学院", "School of Economics and Management");
    private static final SchoolLabel LAW = new SchoolLabel("LAW", "法学院", "School of Law");

    @Test
    void aSchoolWithOneKindOfHoursOnlyHasZeroOfTheOtherSchoolsInTheOrderOfTheirCodes() {
        var rows = TrainingHours.of(Map.of(FL, 120L, CS, 16L), Map.of(EM, 48L, FL, 60L));

        assertThat(rows).containsExactly(new SchoolHours(CS, 16, 0), new SchoolHours(EM, 0, 48),
                new SchoolHours(FL, 120, 60));
        assertThat(rows.get(2).total()).isEqualTo(180);
    }

    @Test
    void aSchoolWithoutHoursIsLeftOut() {
        assertThat(TrainingHours.of(Map.of(LAW, 0L), Map.of(LAW, 0L))).isEmpty();
        assertThat(TrainingHours.of(Map.of(), Map.of())).isEmpty();
    }
}
