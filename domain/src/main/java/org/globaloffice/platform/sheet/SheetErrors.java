package org.globaloffice.platform.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The errors of a sheet as they are found, at most one per cell: a cell the reader refused (text in a date column)
 * is not judged again by a later rule, which would only repeat the problem in other words.
 */
public final class SheetErrors {

    private record Cell(int row, SheetColumn column) {
    }

    private final Map<? extends SheetColumn, String> letters;
    private final List<SheetError> errors = new ArrayList<>();
    private final Set<Cell> reported = new HashSet<>();

    /** @param letters where each column is in the file, for the errors' column letters */
    public SheetErrors(Map<? extends SheetColumn, String> letters) {
        this.letters = letters;
    }

    /** Collecting further errors of a sheet already read: its own errors come first, and their cells are taken. */
    public static SheetErrors after(SheetResult<?, ?> read) {
        SheetErrors errors = new SheetErrors(read.columnLetters());
        read.errors().forEach(errors::add);
        return errors;
    }

    void add(SheetError error) {
        reported.add(new Cell(error.row(), error.column()));
        errors.add(error);
    }

    /** Whether the cell (or, for a null column, the row) already has an error. */
    public boolean reported(int row, SheetColumn column) {
        return reported.contains(new Cell(row, column));
    }

    /** Reports a problem at a cell (a null column: the whole row), unless the cell already has one. */
    public void refuse(int row, SheetColumn column, String messageKey, String... arguments) {
        if (!reported(row, column)) {
            add(new SheetError(row, column, column == null ? null : letters.get(column), messageKey,
                    List.of(arguments)));
        }
    }

    /**
     * Reports each row whose key another row also has, naming the other rows: which of them is right is the user's
     * call. Rows without a key (empty or refused) are left out.
     *
     * @param shown the key as the error may show it, e.g. a passport masked
     */
    public <R> void refuseRepeated(List<R> rows, ToIntFunction<R> rowNumber, Function<R, String> key,
            SheetColumn column, String messageKey, Function<R, String> shown) {
        Map<String, List<R>> rowsByKey = rows.stream().filter(row -> key.apply(row) != null)
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        rowsByKey.values().stream().filter(same -> same.size() > 1).forEach(same -> {
            for (R row : same) {
                String others = same.stream().filter(other -> other != row).map(other -> String.valueOf(
                        rowNumber.applyAsInt(other))).collect(Collectors.joining(", "));
                refuse(rowNumber.applyAsInt(row), column, messageKey, shown.apply(row), others);
            }
        });
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The errors so far, by row and then from left to right. */
    public List<SheetError> inFileOrder() {
        return errors.stream().sorted(SheetError.IN_FILE_ORDER).toList();
    }

    @Override
    public String toString() {
        return Objects.toString(errors);
    }
}
