package org.globaloffice.faculty.control;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.globaloffice.faculty.entity.AcademicTitle;
import org.globaloffice.faculty.entity.DegreeLevel;
import org.globaloffice.platform.sheet.SheetError;
import org.globaloffice.platform.sheet.SheetErrors;
import org.globaloffice.platform.sheet.SheetLayout;
import org.globaloffice.platform.sheet.SheetReader;
import org.globaloffice.platform.sheet.SheetResult;
import org.globaloffice.platform.sheet.SheetRow;

/**
 * Reads an uploaded faculty roster (an XLSX workbook, normally filled in from {@link FacultyRosterTemplate}) into
 * typed rows and everything wrong with it, each error at the row and column where Excel shows it; a bad file is an
 * error, never an exception. How a workbook and its cells are read (columns found by title in either language, empty
 * rows skipped, dates, list labels, at most {@value #MAX_ROWS} rows and {@value #MAX_BYTES} bytes) is
 * {@link SheetReader}'s, shared with the foreign-teacher roster.
 *
 * <p>What the file alone decides is judged here:
 * <ul>
 * <li>a staff number is letters, digits and hyphens, and names one person: typed twice in the file (in any case:
 * {@code t-001} and {@code T-001} are one number), both rows are reported, each naming the other;</li>
 * <li>an e-mail address looks like one: something, an @, a domain with a dot, no blanks. Whether it is delivered
 * nobody can tell from a file;</li>
 * <li>a degree's country is an ISO 3166-1 alpha-2 code known to Java ({@link Locale#getISOCountries()}), in any
 * case, kept in capitals;</li>
 * <li>a row's degree is all or nothing: once any of its cells is filled, its level, institution, country and both
 * dates are needed, because a degree without them cannot say whether, or how long, its holder studied abroad; and
 * study does not begin after the degree was conferred.</li>
 * </ul>
 * What needs more than the file (the caller's schools, the staff numbers on file, today's date) is
 * {@link FacultyRosterCheck}'s.
 */
public final class FacultyRosterReader {

    public static final int MAX_ROWS = 2000;
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    static final SheetLayout<FacultyRosterColumn> LAYOUT = new SheetLayout<>(FacultyRosterColumn.class,
            "faculty.import.error.", MAX_ROWS, MAX_BYTES);
    private static final SheetReader<FacultyRosterColumn> SHEET = new SheetReader<>(LAYOUT);

    private static final Pattern STAFF_NUMBER = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** The degree's columns a row with a degree must fill in; the field of study may stay empty. */
    private static final List<FacultyRosterColumn> DEGREE_NEEDS = List.of(FacultyRosterColumn.DEGREE_LEVEL,
            FacultyRosterColumn.DEGREE_INSTITUTION, FacultyRosterColumn.DEGREE_COUNTRY,
            FacultyRosterColumn.DEGREE_FROM, FacultyRosterColumn.DEGREE_TO);

    /** The rows read and the errors found, in file order. When there are no errors there is at least one row. */
    public static final class Result extends SheetResult<FacultyRosterColumn, FacultyRosterRow> {

        Result(List<FacultyRosterRow> rows, List<SheetError> errors,
                Map<FacultyRosterColumn, String> columnLetters) {
            super(rows, errors, columnLetters);
        }
    }

    public Result read(InputStream xlsx) {
        SheetResult<FacultyRosterColumn, FacultyRosterRow> read = SHEET.read(xlsx, FacultyRosterReader::row);
        SheetErrors errors = SheetErrors.after(read);
        errors.refuseRepeated(read.rows(), FacultyRosterRow::row, row -> row.staffNumber() == null ? null
                : staffNumberKey(row.staffNumber()), FacultyRosterColumn.STAFF_NUMBER,
                LAYOUT.message("staffNumberTwice"), FacultyRosterRow::staffNumber);
        return new Result(read.rows(), errors.inFileOrder(), read.columnLetters());
    }

    /** Staff numbers compare in any case: T-001 and t-001 are one person. */
    static String staffNumberKey(String staffNumber) {
        return staffNumber.toUpperCase(Locale.ROOT);
    }

    private static FacultyRosterRow row(SheetRow<FacultyRosterColumn> cells) {
        return new FacultyRosterRow(cells.number(), staffNumber(cells), cells.text(FacultyRosterColumn.SCHOOL_CODE),
                cells.text(FacultyRosterColumn.CHINESE_NAME), cells.text(FacultyRosterColumn.ENGLISH_NAME),
                cells.choice(FacultyRosterColumn.TITLE, AcademicTitle.class),
                cells.text(FacultyRosterColumn.FOREIGN_LANGUAGES), email(cells), degree(cells));
    }

    private static String staffNumber(SheetRow<FacultyRosterColumn> cells) {
        String number = cells.text(FacultyRosterColumn.STAFF_NUMBER);
        if (number != null && !STAFF_NUMBER.matcher(number).matches()) {
            cells.refuse(FacultyRosterColumn.STAFF_NUMBER, LAYOUT.message("staffNumber"), number);
            return null;
        }
        return number;
    }

    private static String email(SheetRow<FacultyRosterColumn> cells) {
        String email = cells.text(FacultyRosterColumn.EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            cells.refuse(FacultyRosterColumn.EMAIL, LAYOUT.message("email"), email);
            return null;
        }
        return email;
    }

    private static FacultyRosterRow.Degree degree(SheetRow<FacultyRosterColumn> cells) {
        if (FacultyRosterColumn.DEGREE.stream().allMatch(cells::blank)) {
            return null;
        }
        FacultyRosterRow.Degree degree = new FacultyRosterRow.Degree(
                cells.choice(FacultyRosterColumn.DEGREE_LEVEL, DegreeLevel.class),
                cells.text(FacultyRosterColumn.DEGREE_FIELD), cells.text(FacultyRosterColumn.DEGREE_INSTITUTION),
                country(cells), cells.date(FacultyRosterColumn.DEGREE_FROM),
                cells.date(FacultyRosterColumn.DEGREE_TO));
        for (FacultyRosterColumn needed : DEGREE_NEEDS) {
            if (cells.blank(needed)) {
                cells.refuse(needed, LAYOUT.message("degreeRequired"));
            }
        }
        if (degree.from() != null && degree.to() != null && degree.from().isAfter(degree.to())) {
            cells.refuse(FacultyRosterColumn.DEGREE_FROM, LAYOUT.message("degreeDates"), degree.to().toString());
        }
        return degree;
    }

    private static String country(SheetRow<FacultyRosterColumn> cells) {
        String typed = cells.text(FacultyRosterColumn.DEGREE_COUNTRY);
        if (typed == null) {
            return null;
        }
        String code = typed.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            cells.refuse(FacultyRosterColumn.DEGREE_COUNTRY, LAYOUT.message("country"), typed);
            return null;
        }
        return code;
    }
}
