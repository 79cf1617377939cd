package org.globaloffice.platform.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks of one layout built in memory, cell by cell, as a user's Excel would save them. */
public final class SheetFiles<C extends Enum<C> & SheetColumn> {

    private final XSSFWorkbook workbook;
    private final Sheet sheet;
    private final CellStyle dateStyle;
    private List<C> order;

    private SheetFiles(Class<C> columns, XSSFWorkbook workbook, Sheet sheet) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        this.order = List.of(columns.getEnumConstants());
    }

    /** A sheet with the template's bilingual titles in row 1, in the template's order. */
    public static <C extends Enum<C> & SheetColumn> SheetFiles<C> withTemplateHeader(Class<C> columns) {
        return withHeader(columns, List.of(columns.getEnumConstants()).stream().map(SheetColumn::title)
                .toArray(String[]::new));
    }

    /** A sheet with exactly these titles in row 1 (which columns they name is worked out by title). */
    public static <C extends Enum<C> & SheetColumn> SheetFiles<C> withHeader(Class<C> columns, String... titles) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetFiles<C> file = new SheetFiles<>(columns, workbook, workbook.createSheet("Sheet1"));
        Row row = file.sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
        }
        return file;
    }

    /** Fills rows of a downloaded template itself. */
    public static <C extends Enum<C> & SheetColumn> SheetFiles<C> of(Class<C> columns, byte[] template) {
        try {
            XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
            return new SheetFiles<>(columns, workbook, workbook.getSheetAt(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns in the order the next rows are written, when the header has them in another order. */
    public SheetFiles<C> inOrder(List<C> columns) {
        this.order = List.copyOf(columns);
        return this;
    }

    /**
     * Writes the values on the row Excel shows as {@code excelRow}: a String as text, a Number as a number, a
     * LocalDate as a date cell, a Boolean as TRUE/FALSE, null as no cell.
     */
    public SheetFiles<C> row(int excelRow, Map<C, Object> values) {
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

    public Sheet sheet() {
        return sheet;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputStream stream() {
        return new ByteArrayInputStream(bytes());
    }
}
