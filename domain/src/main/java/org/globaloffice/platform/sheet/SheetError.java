package org.globaloffice.platform.sheet;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * One thing wrong with an uploaded sheet, where the user will look for it in Excel: the row number as Excel shows it
 * (0 for the file as a whole), the column (none for the file or a whole row) and, when known, the column's letter in
 * this file. The text is a key of the web bundles with its arguments, so that the user reads it in their language;
 * an argument never carries what may not be shown (a passport is masked to its last four characters).
 */
public record SheetError(int row, SheetColumn column, String columnLetter, String messageKey, List<String> arguments)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** In the order a user works through a file: by row, then from left to right as the template has them. */
    public static final Comparator<SheetError> IN_FILE_ORDER = Comparator.comparingInt(SheetError::row)
            .thenComparing(SheetError::column, Comparator.nullsFirst(Comparator.comparingInt(SheetColumn::ordinal)));

    public SheetError {
        arguments = List.copyOf(arguments);
    }

    /** An error of the file as a whole: not an XLSX, too many rows, nothing in it. */
    public static SheetError ofFile(String messageKey, String... arguments) {
        return new SheetError(0, null, null, messageKey, List.of(arguments));
    }

    /** The column's title as the template's header shows it, "中文 / English", or null for the file or a row. */
    public String columnTitle() {
        return column == null ? null : column.title();
    }
}
