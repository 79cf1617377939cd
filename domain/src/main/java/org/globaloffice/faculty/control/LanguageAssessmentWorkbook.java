package org.globaloffice.faculty.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The language assessments as a workbook for the teachers' performance appraisal (seed 004): one row per result,
 * with the staff number the appraisal system keys on, the test, the day it was taken as a date, the score as a
 * number and whether it passed, so that the school's appraisal sheet can sort, filter and compute on them. Column
 * titles are in the reader's language (Chinese for a Chinese reader, English for everyone else), from the
 * {@code assessments} bundles; the header row stays in view and carries a filter.
 * <p>
 * Rows are streamed ({@link SXSSFWorkbook}): only a window of them is in memory while the file is written, however
 * many results the office exports.
 */
public final class LanguageAssessmentWorkbook {

    static final String BUNDLE = "org.globaloffice.faculty.control.assessments";
    private static final int ROWS_IN_MEMORY = 200;
    private static final int WIDTH_UNIT = 256;

    /** The columns, in the sheet's order. */
    public enum Column {
        STAFF_NUMBER(14), NAME(24), SCHOOL(30), TEST(30), TAKEN_ON(12), SCORE(10), PASSED(12);

        private final int width;

        Column(int width) {
            this.width = width;
        }
    }

    /** One result as the sheet shows it; {@code school} already in the reader's language. */
    public record Line(String staffNumber, String name, String school, String test, LocalDate takenOn,
            BigDecimal score, boolean passed) {
    }

    private LanguageAssessmentWorkbook() {
    }

    /** The two languages the titles exist in: Chinese for a Chinese reader, English for everyone else. */
    public static Locale supported(Locale language) {
        return language != null && "zh".equals(language.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public static String text(Locale language, String key) {
        Locale supported = supported(language);
        return ResourceBundle.getBundle(BUNDLE, supported, LanguageAssessmentWorkbook.class.getClassLoader()).getString(key);
    }

    /** The workbook of these results as XLSX bytes, titles in {@code language}. */
    public static byte[] write(Locale language, Iterator<Line> lines) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text(language, "sheet"));
            CellStyle header = headerStyle(workbook);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle score = workbook.createCellStyle();
            score.setDataFormat(workbook.createDataFormat().getFormat("0.0#"));

            Row titles = sheet.createRow(0);
            for (Column column : Column.values()) {
                Cell cell = titles.createCell(column.ordinal());
                cell.setCellValue(text(language, "column." + column.name()));
                cell.setCellStyle(header);
                sheet.setColumnWidth(column.ordinal(), column.width * WIDTH_UNIT);
            }
            String passed = text(language, "passed.true");
            String failed = text(language, "passed.false");
            int r = 0;
            while (lines.hasNext()) {
                Line line = lines.next();
                Row row = sheet.createRow(++r);
                row.createCell(Column.STAFF_NUMBER.ordinal()).setCellValue(line.staffNumber());
                row.createCell(Column.NAME.ordinal()).setCellValue(line.name());
                row.createCell(Column.SCHOOL.ordinal()).setCellValue(line.school());
                row.createCell(Column.TEST.ordinal()).setCellValue(line.test());
                Cell takenOn = row.createCell(Column.TAKEN_ON.ordinal());
                takenOn.setCellValue(line.takenOn());
                takenOn.setCellStyle(date);
                Cell value = row.createCell(Column.SCORE.ordinal());
                value.setCellValue(line.score().doubleValue());
                value.setCellStyle(score);
                row.createCell(Column.PASSED.ordinal()).setCellValue(line.passed() ? passed : failed);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, r, 0, Column.values().length - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a workbook to memory", e);
        } finally {
            workbook.dispose();
        }
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }
}
