package org.globaloffice.reporting.catalogue;

import java.util.Locale;
import java.util.Objects;
import org.globaloffice.reporting.output.ReportFormat;

/** A report to make: which, in which format, over which window, for one school or all, in which language. */
public record ReportRequest(ReportKind kind, ReportFormat format, ReportWindow window, Long schoolId,
        Locale language) {

    public ReportRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(language, "language");
    }
}
