package org.globaloffice.reporting.output;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Excel opens it well: UTF-8 with a byte-order mark (without it Excel reads the file in the machine's
 * legacy code page and Chinese turns to mojibake), the header block as label,value lines, an empty line, then the
 * column titles and the rows.
 * <p>
 * A text cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * single quote: a spreadsheet would otherwise run it as a formula (CSV injection). Numbers and dates are written as
 * they are, so a negative number stays a number; the checksum is over the values before the quote.
 * <p>
 * The row count and checksum come first in the file but are known only after the last row, so the rows go to a
 * temporary file first and are copied behind the header block; the temporary file is gone afterwards.
 */
public final class CsvReportWriter implements ReportWriter {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.EXCEL;
    // Excel reads this form as a date and time; the ISO form with a T it would keep as text
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int BUFFER = 1 << 16;
    private static final int SPOOL_BUFFER = 1 << 18;

    @Override
    public <R> WrittenReport write(ReportHeader header, List<ReportColumn<R>> columns, Iterator<R> rows,
            OutputStream out) throws IOException {
        Path spool = Files.createTempFile("globaloffice-report-", ".csv");
        try {
            WrittenReport written;
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(
                    new BufferedOutputStream(Files.newOutputStream(spool), SPOOL_BUFFER), StandardCharsets.UTF_8),
                    BUFFER);
                    CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
                written = writeRows(columns, rows, printer);
            }
            out.write(BYTE_ORDER_MARK);
            Writer face = new OutputStreamWriter(out, StandardCharsets.UTF_8); // flushed, never closed: the caller owns out
            CSVPrinter printer = new CSVPrinter(face, FORMAT);
            for (ReportHeader.Line line : header.linesBeforeRows()) {
                printer.printRecord(neutralised(line.label()), neutralised(line.value()));
            }
            for (ReportHeader.Line line : header.linesAfterRows(written)) {
                printer.printRecord(neutralised(line.label()), neutralised(line.value()));
            }
            printer.println();
            printer.flush();
            copy(spool, out);
            out.flush();
            return written;
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    private static <R> WrittenReport writeRows(List<ReportColumn<R>> columns, Iterator<R> rows, CSVPrinter printer)
            throws IOException {
        for (ReportColumn<R> column : columns) {
            printer.print(neutralised(column.title()));
        }
        printer.println();
        ContentDigest digest = new ContentDigest();
        long count = 0;
        while (rows.hasNext()) {
            R row = rows.next();
            count++;
            for (ReportColumn<R> column : columns) {
                Object value = column.valueOf(row, count);
                String canonical = ContentDigest.canonical(value);
                digest.cell(canonical);
                if (value instanceof String) {
                    printer.print(neutralised(canonical));
                } else if (value instanceof LocalDateTime dateTime) {
                    printer.print(DATE_TIME.format(dateTime));
                } else {
                    printer.print(canonical);
                }
            }
            printer.println();
            digest.endRow();
        }
        return new WrittenReport(count, digest.hex());
    }

    /** Copies in large pieces: the spool is as large as the report, and each piece costs two system calls. */
    private static void copy(Path spool, OutputStream out) throws IOException {
        byte[] piece = new byte[SPOOL_BUFFER];
        try (InputStream in = Files.newInputStream(spool)) {
            for (int read = in.read(piece); read >= 0; read = in.read(piece)) {
                out.write(piece, 0, read);
            }
        }
    }

    /** The text with a leading quote when a spreadsheet would take it for a formula. */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
