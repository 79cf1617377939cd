package org.globaloffice.foreignteacher.boundary;

import java.io.Serializable;
import java.util.List;
import org.globaloffice.platform.sheet.SheetError;

/**
 * What became of an uploaded roster: either every teacher in it was imported ({@code imported} of them, no errors),
 * or none was and {@code errors} says why, by row and column.
 */
public record RosterImportResult(int imported, List<SheetError> errors) implements Serializable {

    private static final long serialVersionUID = 1L;

    public RosterImportResult {
        errors = List.copyOf(errors);
        if (imported > 0 && !errors.isEmpty()) {
            throw new IllegalArgumentException("A roster is imported whole or not at all");
        }
    }

    static RosterImportResult imported(int count) {
        return new RosterImportResult(count, List.of());
    }

    static RosterImportResult refused(List<SheetError> errors) {
        return new RosterImportResult(0, errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
