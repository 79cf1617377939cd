package org.globaloffice.foreignteacher.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Rosters built in memory, cell by cell, as a user's Excel would save them. */
final class RosterFiles {

    private final XSSFWorkbook workbook;
    private final Sheet sheet;
    private final CellStyle dateStyle;
    private List<RosterColumn> order = List.of(RosterColumn.values());

    private RosterFiles(XSSFWorkbook workbook, Sheet sheet) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    /** A sheet with the template's bilingual titles in row 1, in the template's order. */
    static RosterFiles withTemplateHeader() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        RosterFiles file = new RosterFiles(workbook, workbook.createSheet("Sheet1"));
        return file.header(List.of(RosterColumn.values()).stream().map(RosterColumn::title).toArray(String[]::new));
    }

    /** A sheet with exactly these titles in row 1 (which columns they name is worked out by title). */
    static RosterFiles withHeader(String... titles) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        return new RosterFiles(workbook, workbook.createSheet("Sheet1")).header(titles);
    }

    /** Fills rows of the downloaded template itself. */
    static RosterFiles of(byte[] template) {
        try {
            XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
            return new RosterFiles(workbook, workbook.getSheetAt(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns in the order the next rows are written, when the header has them in another order. */
    RosterFiles inOrder(RosterColumn... columns) {
        this.order = List.of(columns);
        return this;
    }

    private RosterFiles header(String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
        }
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

    /**
     * Writes the values on the row Excel shows as {@code excelRow}: a String as text, a Number as a number, a
     * LocalDate as a date cell, a Boolean as TRUE/FALSE, null as no cell.
     */
    RosterFiles row(int excelRow, Map<RosterColumn, Object> values) {
        Row row = sheet.getRow(excelRow - 1) != null ? sheet.getRow(excelRow - 1) : sheet.createRow(excelRow - 1);
        for (int i = 0; i < order.size(); i++) {
            Object value = values.get(order.get(i));
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof Boolean truth) {
                cell.setCellValue(truth);
            } else {
                throw new IllegalArgumentException("No cell for " + value);
            }
        }
        return this;
    }

    Sheet sheet() {
        return sheet;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes());
    }
}
