package org.globaloffice.platform.sheet;

import java.util.List;

/**
 * What one kind of importable sheet looks like: its columns (an enum, in the template's order), the prefix of its
 * error messages in the web bundles (e.g. {@code roster.error.}, completed by the problem: {@code required},
 * {@code tooLong}, …) and its limits. The limits keep one import within one transaction of reasonable size: a longer
 * list is split into several files.
 */
public record SheetLayout<C extends Enum<C> & SheetColumn>(Class<C> type, String messagePrefix, int maxRows,
        long maxBytes) {

    /** The row Excel shows the titles in; data starts on the next one. */
    public static final int HEADER_ROW = 1;

    public List<C> columns() {
        return List.of(type.getEnumConstants());
    }

    public SheetTexts texts() {
        return columns().get(0).texts();
    }

    /** The name of the sheet that holds the rows, which the reader looks for first: e.g. "名单 Roster". */
    public String sheetName() {
        return texts().both("sheet.roster", " ");
    }

    public String instructionsSheetName() {
        return texts().both("sheet.instructions", " ");
    }

    /** The web bundle's key for a problem of this kind of sheet, e.g. {@code roster.error.required}. */
    public String message(String problem) {
        return messagePrefix + problem;
    }

    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }
}
