package org.globaloffice.foreignteacher.control;

import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.globaloffice.foreignteacher.entity.ForeignExpert;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.sheet.SheetColumn;
import org.globaloffice.platform.sheet.SheetTexts;
import org.globaloffice.platform.sheet.YesNo;

/**
 * The columns of a foreign-teacher roster, in the template's order: what a school's existing list of its foreign
 * teachers really holds. The annual salary is left out on purpose: only the office may see it (issue 3), and a
 * school's liaison imports rosters too.
 *
 * <p>Each column knows the {@link ForeignExpert} property it fills (so that a Bean Validation violation is reported
 * in its column), what kind of value it takes, whether a row needs it, and its longest text, read from the entity's
 * own {@code @Size} so that the file is held to the same limits as the form. Titles come from the {@code roster}
 * bundles in Chinese and English; the template's header shows both, "中文 / English".
 */
public enum RosterColumn implements SheetColumn {
    SCHOOL_CODE("school", Kind.TEXT, true, sizeOf(School.class, "code")),
    NATIVE_NAME("nativeName", Kind.TEXT, true, sizeOf(ForeignExpert.class, "nativeName")),
    CHINESE_NAME("chineseName", Kind.TEXT, false, sizeOf(ForeignExpert.class, "chineseName")),
    NATIONALITY("nationality", Kind.TEXT, true, 0),
    BIRTH_DATE("birthDate", Kind.DATE, true, 0),
    PASSPORT("passport", Kind.TEXT, true, 0),
    HIGHEST_DEGREE("highestDegree", Kind.DEGREE, true, 0),
    FIELD("field", Kind.TEXT, false, sizeOf(ForeignExpert.class, "field")),
    EXPERIENCE_YEARS("experienceYears", Kind.WHOLE_NUMBER, false, 0),
    LANGUAGE_TEACHING_YEARS("languageTeachingYears", Kind.WHOLE_NUMBER, false, 0),
    NATIVE_LANGUAGE("nativeLanguage", Kind.TEXT, false, 0),
    LANGUAGE_TAUGHT("languageTaught", Kind.TEXT, false, 0),
    EDUCATION_OR_LANGUAGE_DEGREE("educationOrLanguageDegree", Kind.YES_NO, false, 0),
    HOME_TEACHING_LICENCE("homeTeachingLicence", Kind.YES_NO, false, 0),
    TEFL_HOURS("teflHours", Kind.WHOLE_NUMBER, false, 0),
    POINTS("points", Kind.WHOLE_NUMBER, false, 0),
    INTENDED_CATEGORY("intendedCategory", Kind.CATEGORY, true, 0),
    STAGE("stage", Kind.STAGE, true, 0),
    ENTRY_DATE("entryDate", Kind.DATE, false, 0);

    /** What a cell of the column holds, and so how it is read and which choices the template offers. */
    public enum Kind {
        TEXT, DATE, WHOLE_NUMBER, YES_NO, DEGREE, CATEGORY, STAGE;

        /** The choices of a list column, as the constants whose labels the cell offers; none for free input. */
        public List<? extends Enum<?>> choices() {
            return switch (this) {
                case YES_NO -> List.of(YesNo.values());
                case DEGREE -> List.of(Degree.values());
                case CATEGORY -> List.of(PermitCategory.values());
                case STAGE -> List.of(RecruitmentStage.values());
                default -> List.of();
            };
        }
    }

    static final SheetTexts TEXTS = new SheetTexts("org.globaloffice.foreignteacher.control.roster");

    private final String property;
    private final Kind kind;
    private final boolean required;
    private final int maxLength;

    RosterColumn(String property, Kind kind, boolean required, int maxLength) {
        this.property = property;
        this.kind = kind;
        this.required = required;
        this.maxLength = maxLength;
    }

    /** The {@link ForeignExpert} property the column fills, as a Bean Validation property path names it. */
    public String property() {
        return property;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public SheetTexts texts() {
        return TEXTS;
    }

    @Override
    public Format format() {
        return switch (kind) {
            case DATE -> Format.DATE;
            case WHOLE_NUMBER -> Format.WHOLE_NUMBER;
            default -> Format.TEXT;
        };
    }

    @Override
    public List<? extends Enum<?>> choices() {
        return kind.choices();
    }

    @Override
    public boolean required() {
        return required;
    }

    /** The longest text the column takes, or 0 when another rule (a code pattern, a number) bounds it. */
    @Override
    public int maxLength() {
        return maxLength;
    }

    /** The column a Bean Validation property path points at, if it is one of the roster's. */
    public static Optional<RosterColumn> ofProperty(String propertyPath) {
        return Arrays.stream(values()).filter(c -> c.property.equals(propertyPath)).findFirst();
    }

    /** A text of the roster bundles (a choice, a line of the instructions) in one of the two languages. */
    static String text(Locale language, String key, Object... arguments) {
        return TEXTS.text(language, key, arguments);
    }

    /** The label of a choice in one language, e.g. "学士" or "Bachelor" for {@link Degree#BACHELOR}. */
    public static String choice(Locale language, Enum<?> choice) {
        return TEXTS.choice(language, choice);
    }

    /** The label of a choice as the template's lists offer it: "学士 / Bachelor". */
    public static String choice(Enum<?> choice) {
        return TEXTS.choice(choice);
    }

    private static int sizeOf(Class<?> entity, String field) {
        try {
            return entity.getDeclaredField(field).getAnnotation(Size.class).max();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("The roster column names a field " + entity.getSimpleName()
                    + " does not have: " + field, e);
        }
    }
}
