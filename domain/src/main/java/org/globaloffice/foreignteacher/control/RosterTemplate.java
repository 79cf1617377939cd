package org.globaloffice.foreignteacher.control;

import java.util.List;
import org.globaloffice.platform.sheet.SheetTemplate;

/**
 * The roster template users download, fill in and upload again ({@link RosterReader} reads it back): one column per
 * {@link RosterColumn}, every header "中文 / English" with a comment saying what to enter, the list columns (degree,
 * permit category, stage, yes/no, and the schools the downloader may import into) offering their choices, and a
 * second sheet explaining the rules in both languages. The workbook itself is {@link SheetTemplate}'s.
 */
public final class RosterTemplate {

    static final String LISTS_SHEET = SheetTemplate.LISTS_SHEET;

    private RosterTemplate() {
    }

    /** The roster sheet's name, which the reader looks for first: "名单 Roster". */
    public static String rosterSheetName() {
        return RosterReader.LAYOUT.sheetName();
    }

    /**
     * The template as XLSX bytes. {@code schoolCodes} are the codes of the schools the downloader may import into:
     * a liaison's own school, every school for the office.
     */
    public static byte[] workbook(List<String> schoolCodes) {
        return new SheetTemplate<>(RosterReader.LAYOUT)
                .rule("rows")
                .rule("headers")
                .rule("limit", String.valueOf(RosterReader.MAX_ROWS),
                        String.valueOf(RosterReader.LAYOUT.maxMegabytes()))
                .rule("allOrNothing")
                .rule("dates")
                .rule("choices")
                .offering(RosterColumn.SCHOOL_CODE, schoolCodes)
                .workbook();
    }
}
