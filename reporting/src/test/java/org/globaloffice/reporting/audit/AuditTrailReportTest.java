package org.globaloffice.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.CHINESE;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.ENGLISH;
import static org.globaloffice.reporting.catalogue.ReportTestTexts.cells;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.globaloffice.audit.control.FieldChange;
import org.globaloffice.audit.entity.AuditAction;
import org.globaloffice.reporting.catalogue.ReportWindow;
import org.junit.jupiter.api.Test;

class AuditTrailReportTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    @Test
    void aShanghaiDayRunsFromFourPmUtcTheDayBefore() {
        AuditTrailReportSource.Span span = AuditTrailReportSource.Span.of(ReportWindow.snapshot(DAY), SHANGHAI);
        assertThat(span.start()).isEqualTo(Instant.parse("2026-03-04T16:00:00Z"));
        assertThat(span.end()).isEqualTo(Instant.parse("2026-03-05T16:00:00Z"));

        assertThat(span.contains(shanghai(DAY.atStartOfDay()))).as("00:00 on the day").isTrue();
        assertThat(span.contains(shanghai(DAY.atTime(23, 59, 59)))).as("23:59:59 on the day").isTrue();
        assertThat(span.contains(shanghai(DAY.plusDays(1).atStartOfDay()))).as("00:00 the next day").isFalse();
        assertThat(span.contains(shanghai(DAY.minusDays(1).atTime(23, 59, 59)))).as("the day before").isFalse();
    }

    @Test
    void anAcademicYearRunsFromMidnightOfItsFirstDayToTheEndOfItsLastInShanghai() {
        AuditTrailReportSource.Span span = AuditTrailReportSource.Span.of(ReportWindow.academicYear(2025), SHANGHAI);
        assertThat(span.start()).isEqualTo(Instant.parse("2025-08-31T16:00:00Z"));
        assertThat(span.end()).isEqualTo(Instant.parse("2026-08-31T16:00:00Z"));
        assertThat(span.contains(shanghai(LocalDateTime.of(2026, 8, 31, 23, 59, 59)))).isTrue();
        assertThat(span.contains(shanghai(LocalDateTime.of(2026, 9, 1, 0, 0)))).isFalse();
    }

    @Test
    void theChangesReadAsOneLine() {
        assertThat(AuditTrailReportSource.changesText(List.of(new FieldChange("name.en", "Old School", "New School"),
                new FieldChange("passport", "••••1234", "••••5678"))))
                .isEqualTo("name.en: Old School → New School; passport: ••••1234 → ••••5678");
        assertThat(AuditTrailReportSource.changesText(List.of(new FieldChange("code", null, "FS"))))
                .as("a new record").isEqualTo("code: → FS");
        assertThat(AuditTrailReportSource.changesText(List.of(new FieldChange("code", "FS", null))))
                .as("a removed one").isEqualTo("code: FS →");
        assertThat(AuditTrailReportSource.changesText(List.of())).isNull();
    }

    @Test
    void theStoredChangesAreReadWithTheirMissingValues() {
        assertThat(AuditTrailReportSource.parse("[{\"field\":\"code\",\"old\":null,\"new\":\"FS\"},"
                + "{\"field\":\"name.zh\",\"old\":\"外语学院\",\"new\":\"外国语学院\"}]")).containsExactly(
                new FieldChange("code", null, "FS"), new FieldChange("name.zh", "外语学院", "外国语学院"));
        assertThat(AuditTrailReportSource.parse("[]")).isEmpty();
    }

    @Test
    void aRowShowsItsTimeInTheOfficesZone() {
        AuditTrailReportRow row = new AuditTrailReportRow(7, Instant.parse("2026-03-05T15:59:59Z"), "office1",
                AuditAction.UPDATE, "School", "3", "[{\"field\":\"code\",\"old\":\"FL\",\"new\":\"FS\"}]",
                null);
        assertThat(cells(AuditTrailReportSource.columns(ENGLISH, SHANGHAI), row)).containsExactly(
                OffsetDateTime.of(2026, 3, 5, 23, 59, 59, 0, ZoneOffset.ofHours(8)), "office1", "Changed", "School",
                "3", "code: FL → FS", null);
        assertThat(cells(AuditTrailReportSource.columns(CHINESE, SHANGHAI), row).get(2)).isEqualTo("修改");
    }

    private static Instant shanghai(LocalDateTime time) {
        return time.atZone(SHANGHAI).toInstant();
    }
}
