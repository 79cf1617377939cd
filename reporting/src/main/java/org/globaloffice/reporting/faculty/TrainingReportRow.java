package org.globaloffice.reporting.faculty;

import java.math.BigDecimal;
import org.globaloffice.faculty.control.CompetenceTotals;
import org.globaloffice.faculty.entity.ClassLevel;

/**
 * One line of report (6): a global competence program of a year in the window with its totals, or a
 * foreign-language training class running in the window with its attendance. What a line of the other kind does
 * not have is null.
 *
 * @param organiser   the program's organiser, or the class's teacher
 * @param hours       the program's teaching hours (its sessions' hours together), or the class's hours
 * @param attendedHours the hours the class's participants attended together; null for a program
 */
public record TrainingReportRow(Kind kind, ClassLevel level, int year, String title, String organiser,
        Integer sessions, int participants, int hours, Integer completed, BigDecimal completionRate,
        Integer attendedHours) {

    public enum Kind {
        COMPETENCE_PROGRAM, LANGUAGE_CLASS
    }

    /** A program's line from its totals as the domain computes them (completion under the office's rule). */
    public static TrainingReportRow program(int year, String title, String organiser,
            CompetenceTotals.ProgramTotals totals) {
        return new TrainingReportRow(Kind.COMPETENCE_PROGRAM, null, year, title, organiser, totals.sessions(),
                totals.participants(), totals.teachingHours(), totals.completed(), totals.completionPercent(), null);
    }

    public static TrainingReportRow languageClass(ClassLevel level, int year, String title, String teacher,
            int participants, int hours, int attendedHours) {
        return new TrainingReportRow(Kind.LANGUAGE_CLASS, level, year, title, teacher, null, participants, hours,
                null, null, attendedHours);
    }
}
