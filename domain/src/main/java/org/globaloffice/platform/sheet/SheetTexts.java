package org.globaloffice.platform.sheet;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of one kind of sheet (column titles, hints, choice labels, the instructions), from a bundle of the domain
 * module in Chinese and English: a template is read by the office, the schools and often the foreign teachers
 * themselves, so it carries both. A bundle has the keys {@code sheet.roster} and {@code sheet.instructions} (the
 * sheets' names), {@code column.*} and {@code hint.*} per column, {@code choice.<Enum>.<CONSTANT>} per choice and
 * {@code instructions.*}. Texts are plain; one with arguments is a {@link MessageFormat} pattern.
 */
public final class SheetTexts {

    /** The languages of a template, in the order it shows them: Chinese first, then English. */
    public static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final String bundle;

    /** @param bundle the base name of the bundle, e.g. {@code org.globaloffice.faculty.control.roster} */
    public SheetTexts(String bundle) {
        this.bundle = bundle;
    }

    /** A text in one language: Chinese for a Chinese reader, English for everyone else. */
    public String text(Locale language, String key, Object... arguments) {
        Locale supported = language != null && "zh".equals(language.getLanguage()) ? Locale.SIMPLIFIED_CHINESE
                : Locale.ENGLISH;
        String text = ResourceBundle.getBundle(bundle, supported, SheetTexts.class.getClassLoader()).getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, supported).format(arguments);
    }

    /** A text in Chinese, then English, joined by {@code separator}. */
    public String both(String key, String separator) {
        return text(Locale.SIMPLIFIED_CHINESE, key) + separator + text(Locale.ENGLISH, key);
    }

    /** The label of a choice in one language, e.g. "教授" or "Professor". */
    public String choice(Locale language, Enum<?> choice) {
        return text(language, "choice." + choice.getDeclaringClass().getSimpleName() + "." + choice.name());
    }

    /** The label of a choice as the template's lists offer it: "教授 / Professor". */
    public String choice(Enum<?> choice) {
        return choice(Locale.SIMPLIFIED_CHINESE, choice) + " / " + choice(Locale.ENGLISH, choice);
    }
}
