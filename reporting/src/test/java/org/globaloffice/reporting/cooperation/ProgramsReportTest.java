package org.globaloffice.reporting.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.CHINESE;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.ENGLISH;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.cells;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.globaloffice.cooperation.control.RiskFlags;
import org.globaloffice.cooperation.entity.ComplianceRecord;
import org.globaloffice.cooperation.entity.ProgramLevel;
import org.globaloffice.cooperation.entity.ProgramStatus;
import org.globaloffice.reporting.catalogue.ReportTexts;
import org.globaloffice.reporting.cooperation.ProgramsReportRow.Share;
import org.junit.jupiter.api.Test;

class ProgramsReportTest {

    /** 4 of 12 courses introduced (one third: met), 1 of 4 core courses introduced (short), no core hours yet. */
    private static final ComplianceRecord.Figures FIGURES = new ComplianceRecord.Figures(4, 12, 1, 4, 2, 0, 0, false);

    @Test
    void eachShareReadsAsCountedAndInPercentToOneDecimal() {
        ProgramsReportRow row = row(FIGURES, List.of());
        assertThat(row.shareText(Share.INTRODUCED_COURSES)).isEqualTo("4/12");
        assertThat(row.sharePercent(Share.INTRODUCED_COURSES)).isEqualByComparingTo(new BigDecimal("33.3"));
        assertThat(row.shareText(Share.INTRODUCED_CORE_COURSES)).isEqualTo("1/4");
        assertThat(row.sharePercent(Share.INTRODUCED_CORE_COURSES)).isEqualByComparingTo(new BigDecimal("25.0"));
        assertThat(row.shareText(Share.CORE_COURSES_BY_PARTNER)).isEqualTo("2/4");
        assertThat(row.shareText(Share.CORE_HOURS_BY_PARTNER)).as("nothing to count").isEqualTo("0/0");
        assertThat(row.sharePercent(Share.CORE_HOURS_BY_PARTNER)).as("0/0 has no percentage").isNull();
    }

    @Test
    void aProgramWithoutCurriculumSaysSoAndHasNoShares() {
        ProgramsReportRow row = row(null, List.of());
        List<Object> cells = cells(ProgramsReportSource.columns(ENGLISH), row);
        assertThat(cells.subList(5, 14)).containsOnlyNulls();
        assertThat(cells.get(14)).isEqualTo("No curriculum");
        assertThat(cells.get(15)).isNull();
        assertThat(cells(ProgramsReportSource.columns(CHINESE), row).get(14)).isEqualTo("无课程计划");
    }

    @Test
    void theRowReadsInChinese() {
        ProgramsReportRow row = row(FIGURES, List.of(new RiskFlags.Flag(RiskFlags.Kind.BELOW_ONE_THIRD, List.of())));
        assertThat(cells(ProgramsReportSource.columns(CHINESE), row)).containsExactly("外国语学院", "中英合作英语专业本科教育项目",
                "MOE32GB2A20121234N", "本科", "正常招生", "2025–2026", "4/12", new BigDecimal("33.3"), "1/4",
                new BigDecimal("25.0"), "2/4", new BigDecimal("50.0"), "0/0", null, "否", "“四个三分之一”中有比例低于三分之一");
    }

    @Test
    void riskFlagsAreJoinedAndAYearIsNotGroupedLikeANumber() {
        Map<RiskFlags.Kind, String> english = ReportTexts.labels(ENGLISH, "report.programs.risk.",
                RiskFlags.Kind.class);
        List<RiskFlags.Flag> flags = List.of(
                new RiskFlags.Flag(RiskFlags.Kind.AGREEMENT_EXPIRING, List.of("2026-06-30", 45L)),
                new RiskFlags.Flag(RiskFlags.Kind.NO_TEACHER_TRAINING, List.of(2026)));
        assertThat(ProgramsReportSource.riskText(flags, english)).isEqualTo(
                "The cooperation agreement expires on 2026-06-30, in 45 days; "
                        + "The program's teachers have had no training in 2026");
        assertThat(ProgramsReportSource.riskText(flags,
                ReportTexts.labels(CHINESE, "report.programs.risk.", RiskFlags.Kind.class)))
                .isEqualTo("合作协议将于 2026-06-30 到期，还有 45 天; 2026 年项目教师尚未参加培训");
        assertThat(ProgramsReportSource.riskText(List.of(), english)).isNull();
    }

    private static ProgramsReportRow row(ComplianceRecord.Figures figures, List<RiskFlags.Flag> flags) {
        return new ProgramsReportRow(1, "外国语学院", "中英合作英语专业本科教育项目", "MOE32GB2A20121234N", ProgramLevel.BACHELOR,
                ProgramStatus.ACTIVE, figures == null ? null : 2025, figures, flags);
    }
}
