package org.globaloffice.reporting.benchmark;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.globaloffice.reporting.output.ReportColumn;

/**
 * The baseline: the same cells written with each library alone and the least code that gives a usable file (typed
 * cells in XLSX, the same table layout and font in PDF). No face, no checksum, no neutralising, no spooling: what
 * the report engine adds is the difference.
 */
final class BareLibraryWriters {

    private BareLibraryWriters() {
    }

    static <R> void xlsx(List<ReportColumn<R>> columns, Iterator<R> rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            SXSSFSheet sheet = workbook.createSheet("Data");
            SXSSFRow titles = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                titles.createCell(c).setCellValue(columns.get(c).title());
            }
            int r = 0;
            while (rows.hasNext()) {
                R row = rows.next();
                SXSSFRow line = sheet.createRow(++r);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(row);
                    if (value instanceof String text) {
                        line.createCell(c).setCellValue(text);
                    } else if (value instanceof LocalDate day) {
                        SXSSFCell cell = line.createCell(c);
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number number) {
                        line.createCell(c).setCellValue(number.doubleValue());
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    static <R> void csv(List<ReportColumn<R>> columns, Iterator<R> rows, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        for (ReportColumn<R> column : columns) {
            printer.print(column.title());
        }
        printer.println();
        while (rows.hasNext()) {
            R row = rows.next();
            for (ReportColumn<R> column : columns) {
                Object value = column.value().apply(row);
                // what the report prints too: decimals in plain notation
                printer.print(value instanceof BigDecimal decimal ? decimal.toPlainString() : value);
            }
            printer.println();
        }
        printer.flush();
    }

    static <R> void pdf(List<ReportColumn<R>> columns, Iterator<R> rows, OutputStream out, BaseFont baseFont) {
        Document document = new Document(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), 28, 28, 28,
                36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.open();
        // the same widths and type size as the report, so both lay out the same lines
        float digit = baseFont.getWidthPoint("0", 1);
        int characters = columns.stream().mapToInt(ReportColumn::width).sum();
        float size = Math.max(6, Math.min(8, (document.right() - document.left() - columns.size() * 4)
                / (characters * digit)));
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).width() * digit * size + 4;
        }
        Font font = new Font(baseFont, size);
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setComplete(false);
        table.getDefaultCell().setPadding(2);
        for (ReportColumn<R> column : columns) {
            table.addCell(new Phrase(column.title(), font));
        }
        long count = 0;
        while (rows.hasNext()) {
            R row = rows.next();
            for (ReportColumn<R> column : columns) {
                Object value = column.value().apply(row);
                table.addCell(new Phrase(value == null ? "" : value.toString(), font));
            }
            // as often as the report writer does: less of the table waits in memory
            if (++count % 50 == 0) {
                document.add(table);
            }
        }
        table.setComplete(true);
        document.add(table);
        document.close();
    }
}
