package org.globaloffice.reporting.output;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a report: its title (already in the reader's language), what it holds, how to read its value from a
 * row, and how wide it is in characters (the spreadsheet's column width, and the column's share of a PDF page).
 */
public record ReportColumn<R>(String title, ColumnType type, Function<? super R, ?> value, int width) {

    public ReportColumn {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("width must be 1 to 255 characters: " + width);
        }
    }

    /** The value of this column in a row, checked against the column's type. */
    Object valueOf(R row, long rowNumber) {
        Object cell = value.apply(row);
        if (!type.accepts(cell)) {
            throw new IllegalArgumentException("Row " + rowNumber + ", column \"" + title + "\" is " + type
                    + " but got " + cell.getClass().getName());
        }
        return cell;
    }
}
