package org.globaloffice.reporting.output;

/** The formats a report can be downloaded in, with what a browser needs to save it under the right name. */
public enum ReportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf"),
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String contentType;

    ReportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** Without the dot: {@code xlsx}. */
    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** A new writer for this format; writers keep no state between reports, but are cheap, so take a new one. */
    public ReportWriter writer() {
        return switch (this) {
            case XLSX -> new XlsxReportWriter();
            case PDF -> new PdfReportWriter();
            case CSV -> new CsvReportWriter();
        };
    }
}
