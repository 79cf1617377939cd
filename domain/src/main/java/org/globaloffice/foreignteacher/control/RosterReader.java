package org.globaloffice.foreignteacher.control;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.globaloffice.platform.sheet.SheetError;
import org.globaloffice.platform.sheet.SheetErrors;
import org.globaloffice.platform.sheet.SheetLayout;
import org.globaloffice.platform.sheet.SheetReader;
import org.globaloffice.platform.sheet.SheetResult;
import org.globaloffice.platform.sheet.SheetRow;

/**
 * Reads an uploaded roster (an XLSX workbook, normally filled in from {@link RosterTemplate}) into typed rows and
 * the list of everything wrong with it, each error at the row and column where Excel shows it. It never throws for
 * a bad file: a file that is not an XLSX at all, a header that lost a column, text in a date cell or a passport typed
 * twice all become errors the user can act on, and the import saves nothing while there is one. How a workbook and
 * its cells are read is {@link SheetReader}'s, shared with the other imports.
 *
 * <p>What it accepts, and why: the roster sheet (or the first), columns found by title in any order and in either
 * language, empty rows skipped, dates as Excel dates or written year-month-day, list columns by their label, either
 * half of it or the value's code; at most {@value #MAX_ROWS} rows and {@value #MAX_BYTES} bytes, since larger
 * rosters are split, which keeps one import within one transaction of reasonable size. A passport typed in two rows
 * is reported at both: each teacher once per file.
 * What it does not judge is left to the places that own the rule: the entity's Bean Validation constraints
 * (nationality code, age, ranges), the passport format ({@code ForeignExpert.recordPassport}), the caller's schools
 * and the passports already on file ({@link RosterCheck}).
 */
public final class RosterReader {

    public static final int MAX_ROWS = 2000;
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    static final SheetLayout<RosterColumn> LAYOUT = new SheetLayout<>(RosterColumn.class, "roster.error.", MAX_ROWS,
            MAX_BYTES);
    private static final SheetReader<RosterColumn> SHEET = new SheetReader<>(LAYOUT);

    /** The rows read and the errors found, in file order. When there are no errors there is at least one row. */
    public static final class Result extends SheetResult<RosterColumn, RosterRow> {

        Result(List<RosterRow> rows, List<SheetError> errors, Map<RosterColumn, String> columnLetters) {
            super(rows, errors, columnLetters);
        }
    }

    public Result read(InputStream xlsx) {
        SheetResult<RosterColumn, RosterRow> read = SHEET.read(xlsx, RosterReader::row);
        SheetErrors errors = SheetErrors.after(read);
        // which of two rows with one passport is right is the user's call; no error shows a whole passport number
        errors.refuseRepeated(read.rows(), RosterRow::row, RosterRow::passportNumber, RosterColumn.PASSPORT,
                "roster.error.passportTwice", RosterRow::maskedPassport);
        return new Result(read.rows(), errors.inFileOrder(), read.columnLetters());
    }

    private static RosterRow row(SheetRow<RosterColumn> cells) {
        String passport = cells.text(RosterColumn.PASSPORT);
        return new RosterRow(cells.number(), cells.text(RosterColumn.SCHOOL_CODE), cells.text(RosterColumn.NATIVE_NAME),
                cells.text(RosterColumn.CHINESE_NAME), cells.text(RosterColumn.NATIONALITY),
                cells.date(RosterColumn.BIRTH_DATE), passport == null ? null : PassportProtection.normalize(passport),
                cells.choice(RosterColumn.HIGHEST_DEGREE, Degree.class), cells.text(RosterColumn.FIELD),
                cells.wholeNumber(RosterColumn.EXPERIENCE_YEARS),
                cells.wholeNumber(RosterColumn.LANGUAGE_TEACHING_YEARS), cells.text(RosterColumn.NATIVE_LANGUAGE),
                cells.text(RosterColumn.LANGUAGE_TAUGHT), cells.yesNo(RosterColumn.EDUCATION_OR_LANGUAGE_DEGREE),
                cells.yesNo(RosterColumn.HOME_TEACHING_LICENCE), cells.wholeNumber(RosterColumn.TEFL_HOURS),
                cells.wholeNumber(RosterColumn.POINTS), cells.choice(RosterColumn.INTENDED_CATEGORY,
                PermitCategory.class), cells.choice(RosterColumn.STAGE, RecruitmentStage.class),
                cells.date(RosterColumn.ENTRY_DATE));
    }
}
