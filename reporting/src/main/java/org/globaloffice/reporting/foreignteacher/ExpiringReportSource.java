package org.globaloffice.reporting.foreignteacher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.globaloffice.foreignteacher.boundary.ForeignTeacherPolicies;
import org.globaloffice.foreignteacher.control.AlertPlan;
import org.globaloffice.foreignteacher.control.DocumentType;
import org.globaloffice.foreignteacher.control.ExpiryWatch;
import org.globaloffice.platform.persistence.ReadOnlyQueries;
import org.globaloffice.reporting.catalogue.ReportContext;
import org.globaloffice.reporting.catalogue.ReportDefinition;
import org.globaloffice.reporting.catalogue.ReportKind;
import org.globaloffice.reporting.catalogue.ReportTexts;
import org.globaloffice.reporting.output.ColumnType;
import org.globaloffice.reporting.output.ReportColumn;

/**
 * Report (2): documents and permits expiring or overdue, from the stored expiry alerts ({@code ExpiryAlert}) due on
 * or before the window's last day, the earliest due first. The alerts are recomputed every night and after each
 * change of a file, from the lead time of the settings: a window reaching beyond today's lead time lists only what
 * the alerts already hold.
 * <p>
 * Read with one query rather than in keyset batches: keyset paging follows the id, and the report is in due-date
 * order. That is safe because the alerts are few by construction — at most one per document type, one for the
 * contract and two for the permits due after entry, for each teacher who has not left: ten per teacher, a few
 * thousand rows for the largest foreign-teacher staff.
 */
@ApplicationScoped
public class ExpiringReportSource implements ReportDefinition<ExpiringReportRow> {

    @Inject
    ReadOnlyQueries queries;

    @Inject
    ForeignTeacherPolicies policies;

    @Override
    public ReportKind kind() {
        return ReportKind.EXPIRING;
    }

    @Override
    public List<ReportColumn<ExpiringReportRow>> columns(ReportContext context) {
        return columns(context.text(), context.window().asOf(),
                new ExpiryWatch(policies.current().getAlertLeadDays()));
    }

    /** The report's columns; the days left and the urgency count from {@code asOf}, the window's last day. */
    public static List<ReportColumn<ExpiringReportRow>> columns(Function<String, String> text, LocalDate asOf,
            ExpiryWatch watch) {
        What what = new What(text);
        Map<ExpiryWatch.Urgency, String> urgencies = ReportTexts.labels(text, "report.urgency.",
                ExpiryWatch.Urgency.class);
        return List.of(
                column(text, "teacher", ColumnType.TEXT, 20, ExpiringReportRow::teacherName),
                column(text, "chineseName", ColumnType.TEXT, 8, ExpiringReportRow::chineseName),
                column(text, "school", ColumnType.TEXT, 16, ExpiringReportRow::school),
                column(text, "what", ColumnType.TEXT, 24, what::of),
                column(text, "dueOn", ColumnType.DATE, 10, ExpiringReportRow::dueOn),
                column(text, "daysLeft", ColumnType.INTEGER, 6, row -> row.daysLeft(asOf)),
                column(text, "urgency", ColumnType.TEXT, 10, row -> {
                    ExpiryWatch.Urgency urgency = row.urgency(asOf, watch);
                    return urgency == null ? null : urgencies.get(urgency);
                }));
    }

    @Override
    public Iterator<ExpiringReportRow> rows(ReportContext context) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("asOf", context.window().asOf());
        String scope = "";
        if (context.schoolId() != null) {
            scope = " and a.school.id = :school";
            parameters.put("school", context.schoolId());
        }
        String jpql = "select a.id, a.expert.nativeName, a.expert.chineseName, "
                + (ReportTexts.isChinese(context.language()) ? "a.school.name.zh" : "a.school.name.en")
                + ", a.kind, a.documentType, a.dueOn from ExpiryAlert a where a.dueOn <= :asOf" + scope
                + " order by a.dueOn, a.id";
        return queries.list(jpql, Object[].class, parameters).stream()
                .map(a -> new ExpiringReportRow((Long) a[0], (String) a[1], (String) a[2], (String) a[3],
                        (AlertPlan.Kind) a[4], (DocumentType) a[5], (LocalDate) a[6]))
                .iterator();
    }

    private static ReportColumn<ExpiringReportRow> column(Function<String, String> text, String key, ColumnType type,
            int width, Function<ExpiringReportRow, ?> value) {
        return new ReportColumn<>(text.apply("report.expiring.col." + key), type, value, width);
    }

    /** "Work permit", "Contract", "Residence permit to be obtained after entry". */
    private static final class What {
        private final Map<AlertPlan.Kind, Map<DocumentType, String>> byDocument = new HashMap<>();
        private final String contract;

        What(Function<String, String> text) {
            Map<DocumentType, String> documents = ReportTexts.labels(text, "report.documentType.",
                    DocumentType.class);
            for (AlertPlan.Kind kind : List.of(AlertPlan.Kind.DOCUMENT_EXPIRES, AlertPlan.Kind.DUE_AFTER_ENTRY)) {
                String pattern = text.apply("report.expiring.what." + kind.name());
                Map<DocumentType, String> texts = new HashMap<>();
                documents.forEach((type, name) -> texts.put(type, ReportTexts.format(pattern, name)));
                byDocument.put(kind, texts);
            }
            contract = text.apply("report.expiring.what." + AlertPlan.Kind.CONTRACT_ENDS.name());
        }

        String of(ExpiringReportRow row) {
            if (row.kind() == AlertPlan.Kind.CONTRACT_ENDS) {
                return contract;
            }
            return row.documentType() == null ? null : byDocument.get(row.kind()).get(row.documentType());
        }
    }
}
