package org.globaloffice.reporting.foreignteacher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.CHINESE;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.ENGLISH;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.cells;

import java.time.LocalDate;
import java.util.List;
import org.globaloffice.foreignteacher.control.AlertPlan;
import org.globaloffice.foreignteacher.control.DocumentType;
import org.globaloffice.foreignteacher.control.ExpiryWatch;
import org.globaloffice.reporting.output.ReportColumn;
import org.junit.jupiter.api.Test;

class ExpiringReportTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 8, 31);
    private static final ExpiryWatch SIXTY_DAYS = new ExpiryWatch(60);

    @Test
    void dueOnTheWindowsLastDayIsDueSoonWithNoDayLeftAndTheDayBeforeIsOverdue() {
        ExpiringReportRow onTheDay = row(AlertPlan.Kind.DOCUMENT_EXPIRES, DocumentType.WORK_PERMIT, AS_OF);
        assertThat(onTheDay.daysLeft(AS_OF)).isZero();
        assertThat(onTheDay.urgency(AS_OF, SIXTY_DAYS)).isEqualTo(ExpiryWatch.Urgency.DUE_SOON);

        ExpiringReportRow dayBefore = row(AlertPlan.Kind.DOCUMENT_EXPIRES, DocumentType.WORK_PERMIT,
                AS_OF.minusDays(1));
        assertThat(dayBefore.daysLeft(AS_OF)).isEqualTo(-1);
        assertThat(dayBefore.urgency(AS_OF, SIXTY_DAYS)).isEqualTo(ExpiryWatch.Urgency.OVERDUE);
    }

    @Test
    void aRowReadsWhatFallsDueInTheReadersLanguage() {
        ExpiringReportRow permit = row(AlertPlan.Kind.DUE_AFTER_ENTRY, DocumentType.RESIDENCE_PERMIT,
                LocalDate.of(2026, 8, 1));
        assertThat(cells(columns(ENGLISH), permit)).containsExactly("John Smith", "史密斯", "School of Foreign Studies",
                "Residence permit (to be obtained after entry)", LocalDate.of(2026, 8, 1), -30L, "Overdue");
        assertThat(cells(columns(CHINESE), permit)).containsExactly("John Smith", "史密斯", "School of Foreign Studies",
                "居留许可（入境后须办理）", LocalDate.of(2026, 8, 1), -30L, "已逾期");

        assertThat(cells(columns(ENGLISH), row(AlertPlan.Kind.CONTRACT_ENDS, null, AS_OF)))
                .contains("Contract", 0L, "Due soon");
        assertThat(cells(columns(CHINESE), row(AlertPlan.Kind.DOCUMENT_EXPIRES, DocumentType.Z_VISA, AS_OF)))
                .contains("Z 字签证", "即将到期");
    }

    @Test
    void theColumnTitlesAreTheBundles() {
        assertThat(columns(CHINESE)).extracting(ReportColumn::title)
                .containsExactly("姓名（与护照一致）", "中文名", "学院", "事项", "到期日", "剩余天数", "紧急程度");
    }

    private static List<ReportColumn<ExpiringReportRow>> columns(java.util.function.Function<String, String> text) {
        return ExpiringReportSource.columns(text, AS_OF, SIXTY_DAYS);
    }

    private static ExpiringReportRow row(AlertPlan.Kind kind, DocumentType type, LocalDate dueOn) {
        return new ExpiringReportRow(1, "John Smith", "史密斯", "School of Foreign Studies", kind, type, dueOn);
    }
}
