package org.globaloffice.reporting.foreignteacher;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.globaloffice.foreignteacher.control.Degree;
import org.globaloffice.foreignteacher.control.ExpiryWatch;
import org.globaloffice.foreignteacher.control.PermitCategory;
import org.globaloffice.foreignteacher.control.RecruitmentStage;
import org.globaloffice.reporting.output.ColumnType;
import org.globaloffice.reporting.output.ReportColumn;

/**
 * Report (1): foreign teachers and experts, roster with permit and document validity. Its columns, in the reader's
 * language; the rows ({@link RosterReportRow}) come from the database, one at a time.
 */
public final class RosterReport {

    /** The key of the report's title in the {@code reports} bundle. */
    public static final String TITLE_KEY = "report.roster.title";

    private RosterReport() {
    }

    /**
     * The columns of the roster. Widths are in characters as a spreadsheet counts them: a digit is one, a Chinese
     * character two; the masked passport takes twelve because its dots are full-width in the Chinese font.
     *
     * @param text  the caller's {@code reports} bundle, key to text (e.g. {@code ResourceBundle::getString})
     * @param asOf  the day the days to the first expiry count from: today, or the snapshot date of the window
     * @param watch the lead time after which an expiry is "due soon", as for the alerts
     */
    public static List<ReportColumn<RosterReportRow>> columns(Function<String, String> text, LocalDate asOf,
            ExpiryWatch watch) {
        // every label is looked up once here, not once per row: a report can have a hundred thousand rows
        Map<Enum<?>, String> labels = new HashMap<>();
        for (RecruitmentStage stage : RecruitmentStage.values()) {
            labels.put(stage, text.apply("report.stage." + stage.name()));
        }
        for (Degree degree : Degree.values()) {
            labels.put(degree, text.apply("report.degree." + degree.name()));
        }
        for (PermitCategory category : PermitCategory.values()) {
            labels.put(category, text.apply("report.category." + category.name()));
        }
        Status status = new Status(text);
        return List.of(
                column(text, "nativeName", ColumnType.TEXT, 20, RosterReportRow::nativeName),
                column(text, "chineseName", ColumnType.TEXT, 8, RosterReportRow::chineseName),
                column(text, "nationality", ColumnType.TEXT, 5, RosterReportRow::nationality),
                column(text, "passport", ColumnType.TEXT, 12, RosterReportRow::maskedPassport),
                column(text, "school", ColumnType.TEXT, 16, RosterReportRow::school),
                column(text, "category", ColumnType.TEXT, 15, row -> labels.get(row.category())),
                column(text, "stage", ColumnType.TEXT, 8, row -> labels.get(row.stage())),
                column(text, "degree", ColumnType.TEXT, 6, row -> labels.get(row.highestDegree())),
                column(text, "position", ColumnType.TEXT, 12, RosterReportRow::position),
                column(text, "contractFrom", ColumnType.DATE, 10, RosterReportRow::contractFrom),
                column(text, "contractTo", ColumnType.DATE, 10, RosterReportRow::contractTo),
                column(text, "workPermitNumber", ColumnType.TEXT, 12, RosterReportRow::workPermitNumber),
                column(text, "workPermitUntil", ColumnType.DATE, 10, RosterReportRow::workPermitUntil),
                column(text, "residencePermitUntil", ColumnType.DATE, 10, RosterReportRow::residencePermitUntil),
                column(text, "visaUntil", ColumnType.DATE, 10, RosterReportRow::visaUntil),
                column(text, "daysToExpiry", ColumnType.INTEGER, 6, row -> row.firstExpiry()
                        .map(first -> ChronoUnit.DAYS.between(asOf, first.on())).orElse(null)),
                column(text, "status", ColumnType.TEXT, 18, row -> status.of(row, asOf, watch)));
    }

    private static ReportColumn<RosterReportRow> column(Function<String, String> text, String key, ColumnType type,
            int width, Function<RosterReportRow, ?> value) {
        return new ReportColumn<>(text.apply("report.roster.col." + key), type, value, width);
    }

    /** "Overdue: residence permit", "Due soon: contract", "In order", or that no date is on file. */
    private static final class Status {
        private final Map<ExpiryWatch.Urgency, Map<RosterReportRow.Ends, String>> flagged =
                new EnumMap<>(ExpiryWatch.Urgency.class);
        private final String inOrder;
        private final String noDate;

        Status(Function<String, String> text) {
            for (ExpiryWatch.Urgency urgency : ExpiryWatch.Urgency.values()) {
                MessageFormat pattern = new MessageFormat(text.apply("report.roster.status." + urgency.name()));
                Map<RosterReportRow.Ends, String> byWhat = new EnumMap<>(RosterReportRow.Ends.class);
                for (RosterReportRow.Ends what : RosterReportRow.Ends.values()) {
                    byWhat.put(what, pattern.format(new Object[] {text.apply("report.roster.ends." + what.name())}));
                }
                flagged.put(urgency, byWhat);
            }
            inOrder = text.apply("report.roster.status.inOrder");
            noDate = text.apply("report.roster.status.noDate");
        }

        String of(RosterReportRow row, LocalDate asOf, ExpiryWatch watch) {
            if (row.stage() == RecruitmentStage.LEFT) {
                return null;
            }
            Optional<RosterReportRow.FirstExpiry> first = row.firstExpiry();
            if (first.isEmpty()) {
                return noDate;
            }
            return watch.urgency(first.get().on(), asOf)
                    .map(urgency -> flagged.get(urgency).get(first.get().what()))
                    .orElse(inOrder);
        }
    }
}
