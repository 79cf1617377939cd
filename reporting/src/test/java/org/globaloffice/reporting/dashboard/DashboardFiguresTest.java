package org.globaloffice.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.globaloffice.cooperation.control.RiskFlags.Flag;
import org.globaloffice.cooperation.control.RiskFlags.Kind;
import org.junit.jupiter.api.Test;

class DashboardFiguresTest {

    private static Flag flag(Kind kind) {
        return new Flag(kind, List.of());
    }

    @Test
    void programsWithoutAKeptCheckAreWithoutCurriculum() {
        var compliance = DashboardFigures.Compliance.of(5, 2, 1, List.of());

        assertThat(compliance.withoutCurriculum()).isEqualTo(2);
        assertThat(compliance.atRisk()).isZero();
        assertThat(compliance.risks()).containsOnlyKeys(Kind.values()).allSatisfy((kind, n) -> assertThat(n).isZero());
    }

    @Test
    void aProgramIsAtRiskOnceHoweverManyFlagsItRaisesAndEachFlagCountsItsPrograms() {
        var compliance = DashboardFigures.Compliance.of(3, 1, 1, List.of(
                List.of(flag(Kind.BELOW_ONE_THIRD), flag(Kind.NO_TEACHER_TRAINING)),
                List.of(flag(Kind.NO_TEACHER_TRAINING)),
                List.of()));

        assertThat(compliance.atRisk()).isEqualTo(2);
        assertThat(compliance.risks().get(Kind.NO_TEACHER_TRAINING)).isEqualTo(2);
        assertThat(compliance.risks().get(Kind.BELOW_ONE_THIRD)).isEqualTo(1);
        assertThat(compliance.risks().get(Kind.NO_ENROLMENT)).isZero();
    }

    @Test
    void theTotalsAddUp() {
        var teachers = new DashboardFigures.Teachers(List.of(
                new DashboardFigures.SchoolCount(new SchoolLabel("FL", "外国语学院", "School of Foreign Languages"), 2),
                new DashboardFigures.SchoolCount(new SchoolLabel("CS", "计算机学院", "School of Computer Science"), 1)),
                List.of());
        var expiries = new DashboardFigures.Expiries(1, ExpiryMonths.of(java.time.LocalDate.of(2026, 11, 24),
                java.util.Map.of(java.time.LocalDate.of(2026, 12, 19), 1L, java.time.LocalDate.of(2027, 7, 24), 2L)));

        assertThat(teachers.total()).isEqualTo(3);
        assertThat(expiries.expiring()).isEqualTo(3);
    }
}
