package org.globaloffice.reporting.catalogue;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Words of the reports bundle that several reports share, looked up once per report rather than once per row: the
 * labels of an enum's values, yes and no, and patterns filled with text.
 */
public final class ReportTexts {

    private ReportTexts() {
    }

    /** Whether the reader reads Chinese, so that a report shows the Chinese of a bilingual name. */
    public static boolean isChinese(Locale language) {
        return Locale.CHINESE.getLanguage().equals(language.getLanguage());
    }

    /** The label of every value of {@code type}, from the keys {@code prefix + value name}. */
    public static <E extends Enum<E>> Map<E, String> labels(Function<String, String> text, String prefix,
            Class<E> type) {
        Map<E, String> labels = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            labels.put(value, text.apply(prefix + value.name()));
        }
        return labels;
    }

    /**
     * A {@link MessageFormat} pattern filled with the arguments as text: a year or a count is inserted as written,
     * never as a number the reader's locale would group ("2,026").
     */
    public static String format(String pattern, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(texts);
    }

    /** "Yes" and "No" in the reader's language ({@code report.common.yes}, {@code report.common.no}). */
    public record YesNo(String yes, String no) {

        public static YesNo from(Function<String, String> text) {
            return new YesNo(text.apply("report.common.yes"), text.apply("report.common.no"));
        }

        /** The word for a value; nothing for nothing. */
        public String of(Boolean value) {
            return value == null ? null : value ? yes : no;
        }
    }
}
