package org.globaloffice.faculty.control;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.globaloffice.faculty.entity.AcademicTitle;
import org.globaloffice.faculty.entity.DegreeLevel;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.sheet.SheetColumn;
import org.globaloffice.platform.sheet.SheetTexts;

/**
 * The columns of a faculty roster, in the template's order: who the faculty member is, then at most one degree.
 * The degree's columns are optional as a group: a row without a degree leaves all of them empty, a row with one
 * fills in its level, institution, country and both dates ({@link FacultyRosterReader}). Titles, hints and choice
 * labels come from the faculty {@code roster} bundles in Chinese and English.
 *
 * <p>The longest texts are this import's own until the faculty record exists; that record should take the same
 * limits, so that a file is held to what the form accepts.
 */
public enum FacultyRosterColumn implements SheetColumn {
    STAFF_NUMBER(true, FacultyRosterColumn.STAFF_NUMBER_LENGTH, Format.TEXT, List.of()),
    SCHOOL_CODE(true, schoolCodeLength(), Format.TEXT, List.of()),
    CHINESE_NAME(true, 100, Format.TEXT, List.of()),
    ENGLISH_NAME(false, 200, Format.TEXT, List.of()),
    TITLE(true, 0, Format.TEXT, List.of(AcademicTitle.values())),
    FOREIGN_LANGUAGES(false, 200, Format.TEXT, List.of()),
    /** 254 characters: the longest address mail systems deliver to (RFC 5321 with RFC 3696 erratum 1690). */
    EMAIL(false, 254, Format.TEXT, List.of()),
    DEGREE_LEVEL(false, 0, Format.TEXT, List.of(DegreeLevel.values())),
    DEGREE_FIELD(false, 200, Format.TEXT, List.of()),
    DEGREE_INSTITUTION(false, 200, Format.TEXT, List.of()),
    DEGREE_COUNTRY(false, 0, Format.TEXT, List.of()),
    DEGREE_FROM(false, 0, Format.DATE, List.of()),
    DEGREE_TO(false, 0, Format.DATE, List.of());

    /** The longest staff number taken; a staff number is letters, digits and hyphens. */
    public static final int STAFF_NUMBER_LENGTH = 20;

    /** The columns of the degree a row may carry, filled in all together or not at all. */
    public static final List<FacultyRosterColumn> DEGREE = List.of(DEGREE_LEVEL, DEGREE_FIELD, DEGREE_INSTITUTION,
            DEGREE_COUNTRY, DEGREE_FROM, DEGREE_TO);

    static final SheetTexts TEXTS = new SheetTexts("org.globaloffice.faculty.control.roster");

    private final boolean required;
    private final int maxLength;
    private final Format format;
    private final List<? extends Enum<?>> choices;

    FacultyRosterColumn(boolean required, int maxLength, Format format, List<? extends Enum<?>> choices) {
        this.required = required;
        this.maxLength = maxLength;
        this.format = format;
        this.choices = choices;
    }

    @Override
    public SheetTexts texts() {
        return TEXTS;
    }

    /** Whether every row needs the column; a degree's columns are required only for a row with a degree. */
    @Override
    public boolean required() {
        return required;
    }

    @Override
    public int maxLength() {
        return maxLength;
    }

    @Override
    public Format format() {
        return format;
    }

    @Override
    public List<? extends Enum<?>> choices() {
        return choices;
    }

    /** The school's own limit, so that a code longer than any school's reads as too long rather than unknown. */
    private static int schoolCodeLength() {
        try {
            return School.class.getDeclaredField("code").getAnnotation(Size.class).max();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("School has no code", e);
        }
    }
}
