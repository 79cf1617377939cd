package org.globaloffice.faculty.control;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.globaloffice.platform.sheet.SheetFiles;

/**
 * Faculty rosters built in memory as a user's Excel would save them. In the template's order the columns are
 * A staff number, B school, C Chinese name, D English name, E title, F foreign languages, G e-mail, H degree,
 * I field, J institution, K country, L study began, M degree conferred.
 */
final class FacultyRosterFiles {

    private FacultyRosterFiles() {
    }

    static SheetFiles<FacultyRosterColumn> withTemplateHeader() {
        return SheetFiles.withTemplateHeader(FacultyRosterColumn.class);
    }

    /** A complete, valid faculty member with a doctorate from abroad, to change one value of in a test. */
    static Map<FacultyRosterColumn, Object> member(String staffNumber) {
        Map<FacultyRosterColumn, Object> values = new EnumMap<>(FacultyRosterColumn.class);
        values.put(FacultyRosterColumn.STAFF_NUMBER, staffNumber);
        values.put(FacultyRosterColumn.SCHOOL_CODE, "FL");
        values.put(FacultyRosterColumn.CHINESE_NAME, "王芳");
        values.put(FacultyRosterColumn.ENGLISH_NAME, "Wang Fang");
        values.put(FacultyRosterColumn.TITLE, "副教授 / Associate professor");
        values.put(FacultyRosterColumn.FOREIGN_LANGUAGES, "English; French");
        values.put(FacultyRosterColumn.EMAIL, "wangfang@example.edu.cn");
        values.put(FacultyRosterColumn.DEGREE_LEVEL, "博士 / Doctorate");
        values.put(FacultyRosterColumn.DEGREE_FIELD, "Linguistics");
        values.put(FacultyRosterColumn.DEGREE_INSTITUTION, "University of Edinburgh");
        values.put(FacultyRosterColumn.DEGREE_COUNTRY, "GB");
        values.put(FacultyRosterColumn.DEGREE_FROM, LocalDate.of(2010, 9, 1));
        values.put(FacultyRosterColumn.DEGREE_TO, LocalDate.of(2014, 6, 30));
        return values;
    }

    static Map<FacultyRosterColumn, Object> member(String staffNumber, FacultyRosterColumn column, Object value) {
        Map<FacultyRosterColumn, Object> values = member(staffNumber);
        values.put(column, value);
        return values;
    }

    /** A faculty member without a degree: every degree cell empty. */
    static Map<FacultyRosterColumn, Object> withoutDegree(String staffNumber) {
        Map<FacultyRosterColumn, Object> values = member(staffNumber);
        FacultyRosterColumn.DEGREE.forEach(values::remove);
        return values;
    }
}
