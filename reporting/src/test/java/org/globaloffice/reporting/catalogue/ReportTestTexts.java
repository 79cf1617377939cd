package org.globaloffice.reporting.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.globaloffice.reporting.output.ReportColumn;

/** The reports bundle as the reports read it, and a row read through a report's columns as a writer reads it. */
public final class ReportTestTexts {

    public static final Function<String, String> ENGLISH = bundle(Locale.ENGLISH)::getString;
    public static final Function<String, String> CHINESE = bundle(Locale.SIMPLIFIED_CHINESE)::getString;

    private ReportTestTexts() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.globaloffice.reporting.i18n.reports", locale);
    }

    /** The row's cells, each checked against its column's type as the writers check it. */
    public static <R> List<Object> cells(List<ReportColumn<R>> columns, R row) {
        List<Object> cells = new ArrayList<>();
        for (ReportColumn<R> column : columns) {
            Object cell = column.value().apply(row);
            assertThat(column.type().accepts(cell)).as("column %s takes %s", column.title(), cell).isTrue();
            cells.add(cell);
        }
        return cells;
    }

    public static <R> Object cell(List<ReportColumn<R>> columns, String title, R row) {
        return columns.stream().filter(c -> c.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + title)).value().apply(row);
    }
}
