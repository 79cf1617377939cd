package org.globaloffice.reporting.output;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * What a column holds, so that a spreadsheet gets real dates and numbers rather than text that looks like them.
 * Every column also takes {@code null} (an empty cell).
 */
public enum ColumnType {
    /** A {@link String}. */
    TEXT,
    /** A {@link LocalDate}. */
    DATE,
    /** A {@link LocalDateTime}, or an {@link OffsetDateTime} already in the zone the reader expects. */
    DATE_TIME,
    /** An {@link Integer}, {@link Long}, {@link Short} or {@link BigInteger}. */
    INTEGER,
    /** A {@link BigDecimal}. */
    DECIMAL;

    /** Whether a value fits this column; the writers refuse one that does not, rather than guess. */
    public boolean accepts(Object value) {
        return value == null || switch (this) {
            case TEXT -> value instanceof String;
            case DATE -> value instanceof LocalDate;
            case DATE_TIME -> value instanceof LocalDateTime || value instanceof OffsetDateTime;
            case INTEGER -> value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof BigInteger;
            case DECIMAL -> value instanceof BigDecimal;
        };
    }

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }
}
