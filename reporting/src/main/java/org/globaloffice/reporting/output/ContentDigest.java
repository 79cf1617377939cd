package org.globaloffice.reporting.output;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The content checksum a report shows on its face: SHA-256, in lower-case hex, of the rows in a canonical text form
 * that does not depend on the file format. An auditor who downloads the same report as XLSX, CSV and PDF sees one
 * checksum on all three and knows they carry the same data; a checksum of the file bytes could not say that.
 * <p>
 * The canonical form: each cell as {@link #canonical(Object)} writes it, the cells of a row joined by U+001F (the
 * unit separator, which no cell text contains in practice), each row ended by a line feed, all in UTF-8. The header
 * block (title, window, time of making, …) is not part of it: the same rows made tomorrow have the same checksum.
 */
public final class ContentDigest {

    static final byte CELL_SEPARATOR = 0x1F;
    static final byte ROW_END = '\n';

    private final MessageDigest sha256;
    // the row's bytes, reused from row to row: a row of Chinese text in a StringBuilder would be copied to a UTF-16
    // string and encoded again, a fifth of a CSV report's time
    private byte[] row = new byte[1024];
    private int length;
    private boolean rowStarted;

    public ContentDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Adds the next cell of the current row, in its canonical form. */
    public void cell(String canonical) {
        if (rowStarted) {
            append(CELL_SEPARATOR);
        }
        if (!canonical.isEmpty()) {
            byte[] bytes = canonical.getBytes(StandardCharsets.UTF_8);
            room(bytes.length);
            System.arraycopy(bytes, 0, row, length, bytes.length);
            length += bytes.length;
        }
        rowStarted = true;
    }

    /** Ends the current row. */
    public void endRow() {
        append(ROW_END);
        sha256.update(row, 0, length);
        length = 0;
        rowStarted = false;
    }

    private void append(byte b) {
        room(1);
        row[length++] = b;
    }

    private void room(int more) {
        if (length + more > row.length) {
            row = Arrays.copyOf(row, Math.max(row.length * 2, length + more));
        }
    }

    /** The checksum of the rows added so far; ends the digest. */
    public String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * A cell as the checksum reads it: nothing for {@code null}, a date as {@code 2026-08-31}, a date-time as
     * {@code 2026-08-31T09:30:00} (with its offset, {@code +08:00}, when it has one), an integer in plain digits, a
     * decimal in plain notation with its scale ({@code 1234.50}, never {@code 1.2345E+3}), text as it is.
     */
    public static String canonical(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof LocalDateTime dateTime) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
        }
        return value.toString();
    }
}
