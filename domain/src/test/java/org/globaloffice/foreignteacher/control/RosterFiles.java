package org.globaloffice.foreignteacher.control;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.globaloffice.platform.sheet.SheetFiles;

/** Rosters built in memory, cell by cell, as a user's Excel would save them; see {@link SheetFiles}. */
final class RosterFiles {

    private final SheetFiles<RosterColumn> file;

    private RosterFiles(SheetFiles<RosterColumn> file) {
        this.file = file;
    }

    /** A sheet with the template's bilingual titles in row 1, in the template's order. */
    static RosterFiles withTemplateHeader() {
        return new RosterFiles(SheetFiles.withTemplateHeader(RosterColumn.class));
    }

    /** A sheet with exactly these titles in row 1 (which columns they name is worked out by title). */
    static RosterFiles withHeader(String... titles) {
        return new RosterFiles(SheetFiles.withHeader(RosterColumn.class, titles));
    }

    /** Fills rows of the downloaded template itself. */
    static RosterFiles of(byte[] template) {
        return new RosterFiles(SheetFiles.of(RosterColumn.class, template));
    }

    /** The columns in the order the next rows are written, when the header has them in another order. */
    RosterFiles inOrder(RosterColumn... columns) {
        file.inOrder(List.of(columns));
        return this;
    }

    /** A complete, valid teacher, to change one value of in a test. */
    static Map<RosterColumn, Object> teacher(String passport) {
        Map<RosterColumn, Object> values = new EnumMap<>(RosterColumn.class);
        values.put(RosterColumn.SCHOOL_CODE, "FL");
        values.put(RosterColumn.NATIVE_NAME, "Jane Smith");
        values.put(RosterColumn.CHINESE_NAME, "史简");
        values.put(RosterColumn.NATIONALITY, "GB");
        values.put(RosterColumn.BIRTH_DATE, LocalDate.of(1985, 3, 12));
        values.put(RosterColumn.PASSPORT, passport);
        values.put(RosterColumn.HIGHEST_DEGREE, "硕士 / Master");
        values.put(RosterColumn.FIELD, "English literature");
        values.put(RosterColumn.EXPERIENCE_YEARS, 6);
        values.put(RosterColumn.LANGUAGE_TEACHING_YEARS, 4);
        values.put(RosterColumn.NATIVE_LANGUAGE, "en");
        values.put(RosterColumn.LANGUAGE_TAUGHT, "en");
        values.put(RosterColumn.EDUCATION_OR_LANGUAGE_DEGREE, "是 / Yes");
        values.put(RosterColumn.HOME_TEACHING_LICENCE, "否 / No");
        values.put(RosterColumn.TEFL_HOURS, 120);
        values.put(RosterColumn.POINTS, 72);
        values.put(RosterColumn.INTENDED_CATEGORY, "B 类（语言教师） / B (language teacher)");
        values.put(RosterColumn.STAGE, "已入职 / On board");
        values.put(RosterColumn.ENTRY_DATE, LocalDate.of(2024, 8, 25));
        return values;
    }

    static Map<RosterColumn, Object> teacher(String passport, RosterColumn column, Object value) {
        Map<RosterColumn, Object> values = teacher(passport);
        values.put(column, value);
        return values;
    }

    /** Writes the values on the row Excel shows as {@code excelRow}, as {@link SheetFiles#row} does. */
    RosterFiles row(int excelRow, Map<RosterColumn, Object> values) {
        file.row(excelRow, values);
        return this;
    }

    Sheet sheet() {
        return file.sheet();
    }

    byte[] bytes() {
        return file.bytes();
    }

    InputStream stream() {
        return file.stream();
    }
}
