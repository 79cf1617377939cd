package org.globaloffice.faculty.control;

import java.util.List;
import org.globaloffice.platform.sheet.SheetTemplate;

/**
 * The faculty roster template users download, fill in and upload again ({@link FacultyRosterReader} reads it back):
 * one column per {@link FacultyRosterColumn}, every header "中文 / English" with a comment saying what to enter, the
 * title, degree level and school columns offering their choices, and a second sheet explaining the rules in both
 * languages. The workbook itself is {@link SheetTemplate}'s.
 */
public final class FacultyRosterTemplate {

    private FacultyRosterTemplate() {
    }

    /** The roster sheet's name, which the reader looks for first: "教师名单 Faculty". */
    public static String rosterSheetName() {
        return FacultyRosterReader.LAYOUT.sheetName();
    }

    /**
     * The template as XLSX bytes. {@code schoolCodes} are the codes of the schools the downloader may import into:
     * a liaison's own school, every school for the office.
     */
    public static byte[] workbook(List<String> schoolCodes) {
        return new SheetTemplate<>(FacultyRosterReader.LAYOUT)
                .rule("rows")
                .rule("headers")
                .rule("limit", String.valueOf(FacultyRosterReader.MAX_ROWS),
                        String.valueOf(FacultyRosterReader.LAYOUT.maxMegabytes()))
                .rule("allOrNothing")
                .rule("degree")
                .rule("dates")
                .rule("choices")
                .offering(FacultyRosterColumn.SCHOOL_CODE, schoolCodes)
                .workbook();
    }
}
