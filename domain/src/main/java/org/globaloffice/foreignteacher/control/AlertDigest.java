package org.globaloffice.foreignteacher.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The daily alert digest as one plain-text mail, in Chinese and then in English (a mail has no reader's language to
 * follow): a line per alert, overdue ones first, each naming the teacher, the school, what is due and when.
 */
public final class AlertDigest {

    public record Line(String teacher, String schoolCode, AlertPlan.Kind kind, DocumentType documentType,
            java.time.LocalDate dueOn, ExpiryWatch.Urgency urgency) {
    }

    static final String BUNDLE = "org.globaloffice.foreignteacher.control.digest";
    static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private AlertDigest() {
    }

    public static String subject(int count) {
        return LANGUAGES.stream().map(l -> format(l, "digest.subject", count))
                .reduce((zh, en) -> zh + " / " + en).orElseThrow();
    }

    public static String body(List<Line> lines) {
        List<Line> ordered = lines.stream().sorted(java.util.Comparator
                .comparing((Line l) -> l.urgency() != ExpiryWatch.Urgency.OVERDUE).thenComparing(Line::dueOn)).toList();
        StringBuilder text = new StringBuilder();
        for (Locale language : LANGUAGES) {
            text.append(format(language, "digest.intro", lines.size())).append("\n\n");
            for (Line line : ordered) {
                String what = line.kind() == AlertPlan.Kind.CONTRACT_ENDS ? format(language, "digest.contract")
                        : format(language, "digest.document." + line.documentType().name());
                text.append(format(language, "digest.line." + line.kind().name() + "." + line.urgency().name(),
                        line.dueOn().toString(), line.teacher(), line.schoolCode(), what)).append('\n');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String format(Locale language, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, language, AlertDigest.class.getClassLoader()).getString(key);
        return new MessageFormat(pattern, language).format(arguments);
    }
}
