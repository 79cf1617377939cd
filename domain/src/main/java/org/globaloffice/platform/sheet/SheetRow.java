package org.globaloffice.platform.sheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/**
 * One data row of a sheet being read, given to a feature's row reader: each cell taken as what its column holds, or
 * an error at that cell and null. An empty cell is null too, and an error when the column is required.
 *
 * <p>Dates are taken as Excel dates or as text written year-month-day (1985-03-12): how people type dates in China.
 * A list column takes the template's label, either half of it, or the value's code (e.g. {@code ON_BOARD}).
 */
public final class SheetRow<C extends Enum<C> & SheetColumn> {

    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    /** How a yes/no cell may also say it: an Excel TRUE/FALSE. */
    private static final Map<String, YesNo> YES_NO_ALIASES = Map.of("true", YesNo.YES, "false", YesNo.NO);

    private final SheetReader<C> reader;
    private final Row row;
    private final Map<C, Integer> positions;
    private final SheetErrors errors;

    SheetRow(SheetReader<C> reader, Row row, Map<C, Integer> positions, SheetErrors errors) {
        this.reader = reader;
        this.row = row;
        this.positions = positions;
        this.errors = errors;
    }

    /** The row's number as Excel shows it. */
    public int number() {
        return row.getRowNum() + 1;
    }

    private Cell cell(C column) {
        return row.getCell(positions.get(column));
    }

    /** Whether the cell holds nothing at all; a cell showing an Excel error is not blank. */
    public boolean blank(C column) {
        return Cells.isBlank(cell(column));
    }

    /** Reports a problem of the feature's own at the cell, e.g. a staff number in the wrong form. */
    public void refuse(C column, String messageKey, String... arguments) {
        errors.refuse(number(), column, messageKey, arguments);
    }

    private void refuseAs(C column, String problem, String... arguments) {
        refuse(column, reader.layout().message(problem), arguments);
    }

    /** The cell's text, or null when it is empty (an error if the column is required) or was refused. */
    private String present(C column) {
        Cell cell = cell(column);
        if (cell != null && Cells.effectiveType(cell) == CellType.ERROR) {
            refuseAs(column, "excelError");
            return null;
        }
        String text = cell == null ? "" : Cells.textOf(cell);
        if (text.isEmpty()) {
            if (column.required()) {
                refuseAs(column, "required");
            }
            return null;
        }
        return text;
    }

    /** The text as the user sees it, without surrounding blanks; longer than the column takes is refused. */
    public String text(C column) {
        String text = present(column);
        if (text != null && column.maxLength() > 0 && text.length() > column.maxLength()) {
            refuseAs(column, "tooLong", String.valueOf(column.maxLength()));
            return null;
        }
        return text;
    }

    public LocalDate date(C column) {
        Cell cell = cell(column);
        if (cell != null && Cells.effectiveType(cell) == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = present(column);
        if (text == null) {
            return null;
        }
        try {
            if (Cells.effectiveType(cell) == CellType.STRING) {
                return LocalDate.parse(text, TYPED_DATE);
            }
        } catch (DateTimeParseException e) {
            // reported below, like a number or a truth value in a date column
        }
        refuseAs(column, "date", text);
        return null;
    }

    public Integer wholeNumber(C column) {
        String text = present(column);
        if (text == null) {
            return null;
        }
        if (text.matches("-?\\d{1,9}")) {
            return Integer.valueOf(text);
        }
        refuseAs(column, "wholeNumber", text);
        return null;
    }

    /** A yes/no column's answer; Excel's TRUE and FALSE count too. */
    public Boolean yesNo(C column) {
        String text = present(column);
        if (text == null) {
            return null;
        }
        YesNo answer = YES_NO_ALIASES.get(Cells.comparable(text));
        if (answer == null) {
            answer = choice(column, text, YesNo.class);
        }
        return answer == null ? null : answer == YesNo.YES;
    }

    /** One of the column's {@link SheetColumn#choices()}, of the given type. */
    public <E extends Enum<E>> E choice(C column, Class<E> type) {
        String text = present(column);
        return text == null ? null : choice(column, text, type);
    }

    private <E extends Enum<E>> E choice(C column, String text, Class<E> type) {
        Enum<?> constant = reader.choice(column, text);
        if (constant == null) {
            refuseAs(column, "choice", text);
            return null;
        }
        return type.cast(constant);
    }
}
