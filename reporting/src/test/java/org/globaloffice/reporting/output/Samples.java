package org.globaloffice.reporting.output;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Two rows with everything a writer must get right, and a header in Chinese; shared by the writers' tests. */
final class Samples {

    record Sample(String name, String school, LocalDate until, Integer hours, BigDecimal score, String note,
            String remark, Long balance) {
    }

    static final Sample WANG = new Sample("王小明", "外国语学院", LocalDate.of(2026, 8, 31), 12,
            new BigDecimal("1234.50"), null, "=SUM(A1)", -7L);
    static final Sample ANNA = new Sample("Anna Müller", "计算机学院", LocalDate.of(2025, 9, 1), 0,
            new BigDecimal("0.05"), "+86 10 1234", "-abc", -1_234_567_890_123L);

    /** The two rows as the content checksum reads them, written out by hand. */
    static final String CANONICAL = "王小明\u001F外国语学院\u001F2026-08-31\u001F12\u001F1234.50\u001F\u001F=SUM(A1)\u001F-7\n"
            + "Anna Müller\u001F计算机学院\u001F2025-09-01\u001F0\u001F0.05\u001F+86 10 1234\u001F-abc\u001F-1234567890123\n";
    /** SHA-256 of {@link #CANONICAL}, computed outside Java (Python's hashlib). */
    static final String CHECKSUM = "380a2e083749cb55402747ff90e8ff577199cf259c647597e4ceb99f3bb1368a";
    /** SHA-256 of nothing: the checksum of a report without rows. */
    static final String EMPTY_CHECKSUM = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    static final String TITLE = "外籍教师名册";

    private Samples() {
    }

    static List<ReportColumn<Sample>> columns() {
        return List.of(
                new ReportColumn<>("姓名 Name", ColumnType.TEXT, Sample::name, 20),
                new ReportColumn<>("学院 School", ColumnType.TEXT, Sample::school, 16),
                new ReportColumn<>("Valid until", ColumnType.DATE, Sample::until, 11),
                new ReportColumn<>("Hours", ColumnType.INTEGER, Sample::hours, 6),
                new ReportColumn<>("Score", ColumnType.DECIMAL, Sample::score, 8),
                new ReportColumn<>("Note", ColumnType.TEXT, Sample::note, 12),
                new ReportColumn<>("Remark", ColumnType.TEXT, Sample::remark, 12),
                new ReportColumn<>("Balance", ColumnType.INTEGER, Sample::balance, 14));
    }

    static Iterator<Sample> rows() {
        return List.of(WANG, ANNA).iterator();
    }

    static ReportHeader header() {
        return new ReportHeader(TITLE, "2025–2026 学年 (2025-09-01 – 2026-08-31)", "学院：外国语学院",
                OffsetDateTime.of(2026, 3, 5, 14, 30, 0, 0, ZoneOffset.ofHours(8)), "王老师 (office)",
                HeaderLabels.english());
    }

    /** {@code count} rows made one at a time, as the database hands them over. */
    static Iterator<Sample> many(int count) {
        return new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public Sample next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                made++;
                return new Sample("教师 " + made, "外国语学院", LocalDate.of(2026, 1, 1).plusDays(made % 365), made,
                        BigDecimal.valueOf(made, 2), null, "row " + made, (long) -made);
            }
        };
    }
}
