package org.globaloffice.reporting.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.globaloffice.audit.control.FieldChange;
import org.globaloffice.audit.entity.AuditAction;
import org.globaloffice.platform.persistence.ReadOnlyQueries;
import org.globaloffice.reporting.catalogue.Batches;
import org.globaloffice.reporting.catalogue.ReportContext;
import org.globaloffice.reporting.catalogue.ReportDefinition;
import org.globaloffice.reporting.catalogue.ReportKind;
import org.globaloffice.reporting.catalogue.ReportTexts;
import org.globaloffice.reporting.catalogue.ReportWindow;
import org.globaloffice.reporting.output.ColumnType;
import org.globaloffice.reporting.output.ReportColumn;

/**
 * Report (7): the audit trail of the window, in keyset batches by id (the trail's ids come from a sequence, so id
 * order is the order the rows were written). The window's days are the office's days: from midnight of its first
 * day to the end of its last in the zone {@code globaloffice.time-zone} (Asia/Shanghai by default), while the trail
 * stores UTC; the times are shown in that zone. Not limited to a school: the trail is read only by ADMIN, OFFICE and
 * AUDITOR, none of them bound to one ({@link ReportKind#mayBeMadeBy}), and most of its rows belong to no school.
 * The changed values are as the trail keeps them, sensitive ones already masked.
 */
@ApplicationScoped
public class AuditTrailReportSource implements ReportDefinition<AuditTrailReportRow> {

    static final int BATCH = 1000;

    @Inject
    ReadOnlyQueries queries;

    @Inject
    @ConfigProperty(name = "globaloffice.time-zone", defaultValue = "Asia/Shanghai")
    String timeZone;

    /** The instants of a window's days in a zone: from {@code start} included to {@code end} excluded. */
    public record Span(Instant start, Instant end) {

        public static Span of(ReportWindow window, ZoneId zone) {
            return new Span(window.from().atStartOfDay(zone).toInstant(),
                    window.to().plusDays(1).atStartOfDay(zone).toInstant());
        }

        public boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }

    @Override
    public ReportKind kind() {
        return ReportKind.AUDIT_TRAIL;
    }

    @Override
    public List<ReportColumn<AuditTrailReportRow>> columns(ReportContext context) {
        return columns(context.text(), ZoneId.of(timeZone));
    }

    public static List<ReportColumn<AuditTrailReportRow>> columns(Function<String, String> text, ZoneId zone) {
        Map<AuditAction, String> actions = ReportTexts.labels(text, "report.auditTrail.action.", AuditAction.class);
        return List.of(
                column(text, "time", ColumnType.DATE_TIME, 20,
                        row -> OffsetDateTime.ofInstant(row.occurredAt(), zone)),
                column(text, "user", ColumnType.TEXT, 14, AuditTrailReportRow::username),
                column(text, "action", ColumnType.TEXT, 8, row -> actions.get(row.action())),
                column(text, "recordType", ColumnType.TEXT, 18, AuditTrailReportRow::recordType),
                column(text, "recordId", ColumnType.TEXT, 8, AuditTrailReportRow::recordId),
                column(text, "changes", ColumnType.TEXT, 60, row -> changesText(parse(row.changesJson()))),
                column(text, "owner", ColumnType.TEXT, 18, AuditTrailReportRow::owner));
    }

    /**
     * The changes in one line: "field: old → new; …". A value that was not there is left out, so a new record's
     * field reads "name: → ACME" and a removed one "name: ACME →". Nothing for a row without changes (a download).
     */
    public static String changesText(List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return null;
        }
        return changes.stream().map(c -> c.field() + ":" + (c.oldValue() == null ? "" : " " + c.oldValue()) + " →"
                + (c.newValue() == null ? "" : " " + c.newValue())).collect(Collectors.joining("; "));
    }

    /**
     * The changes as the trail stores them: a JSON array of {@code {"field", "old", "new"}}, either value possibly
     * null (see {@code AuditWriter}). Read here rather than through {@code AuditRecord.getChanges()} because the
     * report reads columns, not entities: a long trail must not fill the persistence context.
     */
    public static List<FieldChange> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new FieldChange(o.getString("field"), text(o.get("old")), text(o.get("new"))))
                    .toList();
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : null;
    }

    @Override
    public Iterator<AuditTrailReportRow> rows(ReportContext context) {
        Span span = Span.of(context.window(), ZoneId.of(timeZone));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("start", span.start());
        parameters.put("end", span.end());
        String jpql = "select a.id, a.occurredAt, a.username, a.action, a.entityType, a.entityId, a.changes,"
                + " a.ownerRef from AuditRecord a where a.id > :after and a.occurredAt >= :start"
                + " and a.occurredAt < :end order by a.id";
        return new Batches<>(after -> queries.batchAfter(jpql, parameters, after, BATCH).stream()
                .map(a -> new AuditTrailReportRow((Long) a[0], (Instant) a[1], (String) a[2], (AuditAction) a[3],
                        (String) a[4], (String) a[5], (String) a[6], (String) a[7]))
                .toList(), AuditTrailReportRow::id, BATCH);
    }

    private static ReportColumn<AuditTrailReportRow> column(Function<String, String> text, String key,
            ColumnType type, int width, Function<AuditTrailReportRow, ?> value) {
        return new ReportColumn<>(text.apply("report.auditTrail.col." + key), type, value, width);
    }
}
