package org.globaloffice.platform.sheet;

import java.io.Serializable;
import java.util.List;

/**
 * What became of an uploaded sheet: either every record in it was imported ({@code imported} of them, no errors),
 * or none was and {@code errors} says why, by row and column.
 */
public record ImportResult(int imported, List<SheetError> errors) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ImportResult {
        errors = List.copyOf(errors);
        if (imported > 0 && !errors.isEmpty()) {
            throw new IllegalArgumentException("A sheet is imported whole or not at all");
        }
    }

    public static ImportResult imported(int count) {
        return new ImportResult(count, List.of());
    }

    public static ImportResult refused(List<SheetError> errors) {
        return new ImportResult(0, errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
