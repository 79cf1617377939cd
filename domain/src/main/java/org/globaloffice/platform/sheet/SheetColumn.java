package org.globaloffice.platform.sheet;

import java.util.List;
import java.util.Locale;

/**
 * A column of an importable sheet, implemented by an enum whose order is the template's. It says what its cells take
 * (how long a text, which choices), whether a row needs it, and where its texts are; its title and hint are the
 * bundle's {@code column.NAME} and {@code hint.NAME}.
 */
public interface SheetColumn {

    /** How the template formats the column's cells. */
    enum Format {
        /** Text, so that a code of digits keeps its leading zeros. */
        TEXT,
        DATE,
        WHOLE_NUMBER
    }

    /** The enum constant's name, which names the column's texts. */
    String name();

    /** The column's place in the template, from 0. */
    int ordinal();

    SheetTexts texts();

    boolean required();

    /** The longest text the column takes, or 0 when another rule (a code pattern, a number, a list) bounds it. */
    int maxLength();

    Format format();

    /** The constants a list column offers, by their labels; none for free input. */
    List<? extends Enum<?>> choices();

    /** The title as the template's header shows it: Chinese, then English. */
    default String title() {
        return texts().both("column." + name(), " / ");
    }

    /** The title in one language: Chinese for a Chinese reader, English for everyone else. */
    default String title(Locale language) {
        return texts().text(language, "column." + name());
    }

    /** What to enter, in one language. */
    default String hint(Locale language) {
        return texts().text(language, "hint." + name());
    }
}
