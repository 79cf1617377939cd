package org.globaloffice.faculty.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.sheet.SheetError;
import org.globaloffice.platform.sheet.SheetErrors;

/**
 * What a faculty roster must also pass once the file reads: the rules that need more than the file. Each row's school
 * must be one of the caller's (for a liaison, their own: another school's code reads as unknown, as a record outside
 * one's school reads as "not found"); no staff number may already be on file, in any case; and a degree cannot have
 * been conferred after today. Everything is reported at its row and column, at most one error per cell; a roster is
 * taken whole or not at all.
 */
public final class FacultyRosterCheck {

    /** A row that passed, with the school it belongs to. */
    public record Ready(FacultyRosterRow row, School school) {
    }

    /** Either every row, ready to be saved, or the errors: never some of both. */
    public record Outcome(List<Ready> ready, List<SheetError> errors) {

        public Outcome {
            ready = List.copyOf(ready);
            errors = errors.stream().sorted(SheetError.IN_FILE_ORDER).toList();
        }

        public boolean passed() {
            return errors.isEmpty();
        }
    }

    private final Map<String, School> schoolsByCode = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Set<String> staffNumbersOnFile;
    private final LocalDate today;

    /**
     * @param schoolsInScope     the schools the caller may import faculty members into, by code
     * @param staffNumbersOnFile the staff numbers of the faculty members already recorded, in any school
     * @param today              the day of the import, in the university's time zone
     */
    public FacultyRosterCheck(Map<String, School> schoolsInScope, Set<String> staffNumbersOnFile,
            LocalDate today) {
        this.schoolsByCode.putAll(schoolsInScope);
        this.staffNumbersOnFile = staffNumbersOnFile.stream().map(FacultyRosterReader::staffNumberKey)
                .collect(Collectors.toUnmodifiableSet());
        this.today = today;
    }

    public Outcome check(FacultyRosterReader.Result read) {
        if (read.rows().isEmpty()) {
            return new Outcome(List.of(), read.errors());
        }
        SheetErrors errors = SheetErrors.after(read);
        List<Ready> ready = new ArrayList<>();
        for (FacultyRosterRow row : read.rows()) {
            School school = row.schoolCode() == null ? null : schoolsByCode.get(row.schoolCode());
            if (row.schoolCode() != null && school == null) {
                errors.refuse(row.row(), FacultyRosterColumn.SCHOOL_CODE, message("school"), row.schoolCode());
            }
            if (row.staffNumber() != null
                    && staffNumbersOnFile.contains(FacultyRosterReader.staffNumberKey(row.staffNumber()))) {
                errors.refuse(row.row(), FacultyRosterColumn.STAFF_NUMBER, message("staffNumberOnFile"),
                        row.staffNumber());
            }
            if (row.degree() != null && row.degree().to() != null && row.degree().to().isAfter(today)) {
                errors.refuse(row.row(), FacultyRosterColumn.DEGREE_TO, message("conferredInFuture"),
                        row.degree().to().toString());
            }
            ready.add(new Ready(row, school));
        }
        return errors.isEmpty() ? new Outcome(ready, List.of()) : new Outcome(List.of(), errors.inFileOrder());
    }

    private static String message(String problem) {
        return FacultyRosterReader.LAYOUT.message(problem);
    }
}
