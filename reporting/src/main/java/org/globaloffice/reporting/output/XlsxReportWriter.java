package org.globaloffice.reporting.output;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX with two sheets: the face first (label and value per line, row count and checksum included), then the data,
 * with its header row bold and frozen, a filter on every column, dates as date cells and numbers as numbers, so
 * sorting and sums work in Excel and WPS without retyping.
 * <p>
 * Written with POI's streaming workbook: only the last {@value #ROW_WINDOW} rows of a sheet are in memory, the rest
 * already in a temporary file that is deleted when the report is done. Each sheet streams on its own, which is what
 * lets the face, the first sheet, be filled after the data sheet's last row. Column widths come from the columns:
 * measuring every cell would read the whole sheet again.
 */
public final class XlsxReportWriter implements ReportWriter {

    static final int ROW_WINDOW = 100;
    private static final int FACE_LABEL_WIDTH = 18;
    private static final int FACE_VALUE_WIDTH = 80;

    @Override
    public <R> WrittenReport write(ReportHeader header, List<ReportColumn<R>> columns, Iterator<R> rows,
            OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, false, false);
        try {
            Styles styles = new Styles(workbook);
            HeaderLabels labels = header.labels();
            SXSSFSheet face = workbook.createSheet(WorkbookUtil.createSafeSheetName(labels.summarySheet()));
            String dataName = WorkbookUtil.createSafeSheetName(labels.dataSheet());
            SXSSFSheet data = workbook.createSheet(dataName.equalsIgnoreCase(face.getSheetName())
                    ? dataName + " (2)" : dataName);

            WrittenReport written = writeData(data, columns, rows, styles);
            writeFace(face, header, written, styles);
            workbook.write(out);
            out.flush();
            return written;
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static <R> WrittenReport writeData(SXSSFSheet sheet, List<ReportColumn<R>> columns, Iterator<R> rows,
            Styles styles) {
        int width = columns.size();
        SXSSFRow titles = sheet.createRow(0);
        for (int c = 0; c < width; c++) {
            ReportColumn<R> column = columns.get(c);
            sheet.setColumnWidth(c, Math.min(255, column.width() + 2) * 256);
            SXSSFCell cell = titles.createCell(c);
            cell.setCellValue(column.title());
            cell.setCellStyle(styles.bold);
        }
        sheet.createFreezePane(0, 1);

        ContentDigest digest = new ContentDigest();
        long count = 0;
        while (rows.hasNext()) {
            R row = rows.next();
            count++;
            SXSSFRow line = sheet.createRow(Math.toIntExact(count));
            for (int c = 0; c < width; c++) {
                Object value = columns.get(c).valueOf(row, count);
                digest.cell(ContentDigest.canonical(value));
                if (value != null) {
                    setCell(line.createCell(c), value, styles);
                }
            }
            digest.endRow();
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.toIntExact(count), 0, width - 1));
        return new WrittenReport(count, digest.hex());
    }

    private static void setCell(SXSSFCell cell, Object value, Styles styles) {
        if (value instanceof String text) {
            cell.setCellValue(text);
            cell.setCellStyle(styles.plain);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.plain);
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
            cell.setCellStyle(styles.plain);
        } else if (value instanceof BigInteger integer) {
            cell.setCellValue(integer.doubleValue());
            cell.setCellStyle(styles.plain);
        } else if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(styles.dateTime);
        } else if (value instanceof OffsetDateTime dateTime) {
            // a spreadsheet has no zones: the time as the reader's clock showed it
            cell.setCellValue(dateTime.toLocalDateTime());
            cell.setCellStyle(styles.dateTime);
        }
    }

    private static void writeFace(SXSSFSheet sheet, ReportHeader header, WrittenReport written, Styles styles) {
        sheet.setColumnWidth(0, FACE_LABEL_WIDTH * 256);
        sheet.setColumnWidth(1, FACE_VALUE_WIDTH * 256);
        int r = 0;
        for (ReportHeader.Line line : header.linesBeforeRows()) {
            faceLine(sheet.createRow(r++), line.label(), styles).setCellValue(line.value());
        }
        faceLine(sheet.createRow(r++), header.labels().rows(), styles).setCellValue(written.rowCount());
        faceLine(sheet.createRow(r), header.labels().checksum(), styles).setCellValue(written.contentSha256());
    }

    /** Writes the label of a face line and returns the cell for its value. */
    private static SXSSFCell faceLine(Row row, String label, Styles styles) {
        SXSSFCell cell = (SXSSFCell) row.createCell(0);
        cell.setCellValue(label);
        cell.setCellStyle(styles.bold);
        return (SXSSFCell) row.createCell(1);
    }

    /**
     * One style per kind of cell, made once: a workbook holds at most 64,000 styles. Every cell gets one, the
     * workbook's default for plain cells: a cell without a style makes POI look up its column's style in the sheet's
     * XML when it is written, which took a third of the time of a report with column widths.
     */
    private static final class Styles {
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            plain = workbook.getCellStyleAt(0);
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        }
    }
}
