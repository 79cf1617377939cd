package org.globaloffice.faculty.control;

import java.time.LocalDate;
import org.globaloffice.faculty.entity.AcademicTitle;
import org.globaloffice.faculty.entity.DegreeLevel;

/**
 * One faculty member's row of a roster, as typed values: {@code row} is the number Excel shows. A value the reader
 * could not take (and reported) is null, as is an empty optional cell; texts are as typed without surrounding blanks.
 * {@code degree} is null for a row whose degree cells are all empty.
 */
public record FacultyRosterRow(int row, String staffNumber, String schoolCode, String chineseName, String englishName,
        AcademicTitle title, String foreignLanguages, String email, Degree degree) {

    /**
     * The one degree a row may carry: studied from {@code from} until {@code to}, the day it was conferred, at an
     * institution in {@code country} (ISO 3166-1 alpha-2, in capitals). A degree studied abroad is a stay abroad
     * from the first day of study to that day ({@link OverseasExperience}).
     */
    public record Degree(DegreeLevel level, String field, String institution, String country, LocalDate from,
            LocalDate to) {
    }
}
