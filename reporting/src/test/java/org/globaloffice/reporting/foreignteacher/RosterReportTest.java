package org.globaloffice.reporting.foreignteacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.globaloffice.foreignteacher.control.Degree;
import org.globaloffice.foreignteacher.control.ExpiryWatch;
import org.globaloffice.foreignteacher.control.PermitCategory;
import org.globaloffice.foreignteacher.control.RecruitmentStage;
import org.globaloffice.reporting.output.HeaderLabels;
import org.globaloffice.reporting.output.ReportColumn;
import org.globaloffice.reporting.output.ReportFormat;
import org.globaloffice.reporting.output.ReportHeader;
import org.junit.jupiter.api.Test;

class RosterReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private static final ExpiryWatch SIXTY_DAYS = new ExpiryWatch(60);
    private static final ResourceBundle CHINESE = bundle(Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle ENGLISH = bundle(Locale.ENGLISH);

    private static final RosterReportRow SMITH = new RosterReportRow("John Smith", "史密斯", "GB", "••••1234", "外国语学院",
            PermitCategory.B_LANGUAGE_TEACHER, RecruitmentStage.ON_BOARD, Degree.MASTER, "英语外教",
            LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), "WP-2025-0042", LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 3, 1), LocalDate.of(2025, 10, 1).plusYears(1));

    @Test
    void theRowReadsInChinese() {
        List<ReportColumn<RosterReportRow>> columns = RosterReport.columns(CHINESE::getString, TODAY, SIXTY_DAYS);

        assertThat(columns).extracting(ReportColumn::title).containsExactly("姓名（与护照一致）", "中文名", "国籍", "护照号码",
                "学院", "工作许可类别", "阶段", "最高学位", "岗位", "合同起始日", "合同终止日", "工作许可证号", "工作许可有效期至",
                "居留许可有效期至", "Z 字签证有效期至", "距最近到期天数", "状态");
        assertThat(columns).<Object>extracting(column -> column.value().apply(SMITH)).containsExactly("John Smith", "史密斯",
                "GB", "••••1234", "外国语学院", "B 类（语言教师）", "已入职", "硕士", "英语外教", LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 8, 31), "WP-2025-0042", LocalDate.of(2026, 8, 31), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 10, 1), -4L, "已过期：居留许可");
    }

    @Test
    void theStatusNamesWhatEndsFirstAndHowUrgentItIs() {
        assertThat(status(SMITH)).isEqualTo("Overdue: residence permit");
        assertThat(days(SMITH)).isEqualTo(-4L);

        RosterReportRow renewed = withResidencePermit(SMITH, LocalDate.of(2027, 3, 1));
        assertThat(status(renewed)).as("60 days ahead of a contract ending 2026-08-31 is not yet")
                .isEqualTo("In order");
        assertThat(days(renewed)).isEqualTo(179L);

        RosterReportRow soon = withResidencePermit(SMITH, TODAY.plusDays(60));
        assertThat(status(soon)).isEqualTo("Due soon: residence permit");
        assertThat(days(soon)).isEqualTo(60L);
    }

    @Test
    void aCandidateWithoutPapersAndSomeoneWhoLeftAreSaidSo() {
        RosterReportRow candidate = new RosterReportRow("Anna Müller", null, "DE", "••••9876", "计算机学院", PermitCategory.B,
                RecruitmentStage.CANDIDATE, Degree.DOCTORATE, null, null, null, null, null, null, null);
        assertThat(status(candidate)).isEqualTo("No expiry date on file");
        assertThat(days(candidate)).isNull();

        RosterReportRow left = new RosterReportRow("Old Hand", null, "US", "••••0001", "外国语学院", PermitCategory.B,
                RecruitmentStage.LEFT, Degree.BACHELOR, "Teacher", LocalDate.of(2020, 9, 1), LocalDate.of(2021, 8, 31),
                null, LocalDate.of(2021, 8, 31), null, null);
        assertThat(status(left)).as("a teacher who left raises nothing, as with the alerts").isNull();
        assertThat(days(left)).isNull();
    }

    @Test
    void theRosterAsAChinesePdfShowsItsChineseColumnTitlesAndValues() throws IOException {
        ReportHeader header = new ReportHeader(CHINESE.getString(RosterReport.TITLE_KEY), "2025–2026 学年", "全部学院",
                OffsetDateTime.of(2026, 3, 5, 9, 0, 0, 0, ZoneOffset.ofHours(8)), "国际处 王老师",
                HeaderLabels.from(CHINESE::getString));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.PDF.writer().write(header, RosterReport.columns(CHINESE::getString, TODAY, SIXTY_DAYS),
                List.of(SMITH).iterator(), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            // each on one line: a date or a passport number broken in two is hard to read
            assertThat(new PDFTextStripper().getText(pdf)).contains("外籍教师和外国专家名册", "第 1 页，共 1 页", "行数",
                    "学院", "阶段", "史密斯", "B 类（语言教师）", "已过期：居留许可", "••••1234", "2025-09-01",
                    "2026-08-31", "2026-03-01", "2026-10-01", "WP-2025-0042");
        }
    }

    private static String status(RosterReportRow row) {
        return (String) column(16).value().apply(row);
    }

    private static Object days(RosterReportRow row) {
        return column(15).value().apply(row);
    }

    private static ReportColumn<RosterReportRow> column(int index) {
        return RosterReport.columns(ENGLISH::getString, TODAY, SIXTY_DAYS).get(index);
    }

    private static RosterReportRow withResidencePermit(RosterReportRow row, LocalDate until) {
        return new RosterReportRow(row.nativeName(), row.chineseName(), row.nationality(), row.maskedPassport(),
                row.school(), row.category(), row.stage(), row.highestDegree(), row.position(), row.contractFrom(),
                row.contractTo(), row.workPermitNumber(), row.workPermitUntil(), until, row.visaUntil());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.globaloffice.reporting.i18n.reports", locale);
    }
}
