package org.globaloffice.foreignteacher.control;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * One thing wrong with an uploaded roster, where the user will look for it in Excel: the row number as Excel shows it
 * (0 for the file as a whole), the column (none for the file or a whole row) and, when known, the column's letter in
 * this file. The text is a key of the web bundles ({@code roster.error.*}) with its arguments, so that the user reads
 * it in their language. No argument is ever a whole passport number: passports are masked to their last four
 * characters like everywhere else.
 */
public record RosterError(int row, RosterColumn column, String columnLetter, String messageKey, List<String> arguments)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** In the order a user works through a file: by row, then from left to right. */
    public static final Comparator<RosterError> IN_FILE_ORDER = Comparator.comparingInt(RosterError::row)
            .thenComparing(RosterError::column, Comparator.nullsFirst(Comparator.naturalOrder()));

    public RosterError {
        arguments = List.copyOf(arguments);
    }

    /** An error of the file as a whole: not an XLSX, too many rows, nothing in it. */
    public static RosterError ofFile(String messageKey, String... arguments) {
        return new RosterError(0, null, null, messageKey, List.of(arguments));
    }

    /** The column's title as the template's header shows it, "中文 / English", or null for the file or a row. */
    public String columnTitle() {
        return column == null ? null : column.title();
    }
}
