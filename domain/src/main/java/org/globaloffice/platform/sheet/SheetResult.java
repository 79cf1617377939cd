package org.globaloffice.platform.sheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows read from a sheet and the errors found, in file order; {@code columnLetters} tells where each column is in
 * this file, so that later checks report at the right letter. A feature's reader names its own result by extending
 * this class ({@code RosterReader.Result}), so that its callers need not spell out the type parameters.
 */
public class SheetResult<C extends Enum<C> & SheetColumn, R> {

    private final List<R> rows;
    private final List<SheetError> errors;
    private final Map<C, String> columnLetters;

    public SheetResult(List<R> rows, List<SheetError> errors, Map<C, String> columnLetters) {
        this.rows = List.copyOf(rows);
        this.errors = errors.stream().sorted(SheetError.IN_FILE_ORDER).toList();
        this.columnLetters = Map.copyOf(new HashMap<>(columnLetters));
    }

    protected SheetResult(SheetResult<C, R> result) {
        this(result.rows, result.errors, result.columnLetters);
    }

    /** The rows read; when there are no errors, at least one. */
    public List<R> rows() {
        return rows;
    }

    public List<SheetError> errors() {
        return errors;
    }

    public Map<C, String> columnLetters() {
        return columnLetters;
    }

    /** The column's letter in this file, e.g. "D"; null when the file has no such column. */
    public String letterOf(C column) {
        return columnLetters.get(column);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SheetResult<?, ?> that && rows.equals(that.rows) && errors.equals(that.errors)
                && columnLetters.equals(that.columnLetters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, errors, columnLetters);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[rows=" + rows + ", errors=" + errors + "]";
    }
}
