package org.globaloffice.reporting.faculty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.CHINESE;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.ENGLISH;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.cells;

import java.math.BigDecimal;
import java.util.List;
import org.globaloffice.faculty.control.CompetenceTotals;
import org.globaloffice.faculty.control.CompletionRule;
import org.globaloffice.faculty.entity.ClassLevel;
import org.junit.jupiter.api.Test;

class TrainingReportTest {

    @Test
    void aProgramsLineCompletesUnderTheOfficesRule() {
        // 30 teaching hours at 80 %: 24 hours complete, 23 do not; the third participant attended nothing
        CompetenceTotals.ProgramTotals totals = CompetenceTotals.ofProgram(new CompletionRule(80),
                new CompetenceTotals.ProgramCounts(9, 2025, 5, 30, 3), List.of(24, 23));
        TrainingReportRow program = TrainingReportRow.program(2025, "Global competence building", "International Office",
                totals);
        assertThat(cells(TrainingReportSource.columns(ENGLISH), program)).containsExactly("Global competence program",
                2025, "Global competence building", "International Office", 5, 3, 30, 1, new BigDecimal("33.3"), null);
    }

    @Test
    void aProgramNobodyJoinedHasNoCompletionRate() {
        TrainingReportRow empty = TrainingReportRow.program(2026, "New program", "School of Management",
                CompetenceTotals.ofProgram(CompletionRule.DEFAULT, new CompetenceTotals.ProgramCounts(10, 2026, 0, 0, 0),
                        List.of()));
        assertThat(cells(TrainingReportSource.columns(ENGLISH), empty)).containsExactly("Global competence program",
                2026, "New program", "School of Management", 0, 0, 0, 0, null, null);
    }

    @Test
    void aLanguageClassNamesItsLevel() {
        TrainingReportRow basic = TrainingReportRow.languageClass(ClassLevel.BASIC, 2025, "English improvement",
                "Ms Brown", 12, 64, 700);
        assertThat(cells(TrainingReportSource.columns(ENGLISH), basic)).containsExactly("Language class: Basic", 2025,
                "English improvement", "Ms Brown", null, 12, 64, null, null, 700);
        assertThat(cells(TrainingReportSource.columns(CHINESE), basic).get(0)).isEqualTo("外语培训班：基础班");
    }
}
