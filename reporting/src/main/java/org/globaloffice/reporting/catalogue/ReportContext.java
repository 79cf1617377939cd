package org.globaloffice.reporting.catalogue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a report is made for: its window, the school it is limited to (null for all the caller may see), the
 * reader's language with the texts of the reports bundle in it, whether personal identifiers are masked (they are
 * for everyone but the office: an auditor, say, sees no salary), and the day it is made.
 */
public record ReportContext(ReportWindow window, Long schoolId, Locale language, Function<String, String> text,
        boolean maskPersonal, LocalDate today) {
}
