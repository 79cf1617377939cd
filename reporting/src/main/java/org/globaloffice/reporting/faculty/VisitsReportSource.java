package org.globaloffice.reporting.faculty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.globaloffice.audit.control.Masking;
import org.globaloffice.faculty.boundary.FacultyMembers;
import org.globaloffice.faculty.control.VisitApproval;
import org.globaloffice.faculty.entity.VisitType;
import org.globaloffice.platform.persistence.ReadOnlyQueries;
import org.globaloffice.reporting.catalogue.Batches;
import org.globaloffice.reporting.catalogue.ReportContext;
import org.globaloffice.reporting.catalogue.ReportDefinition;
import org.globaloffice.reporting.catalogue.ReportKind;
import org.globaloffice.reporting.catalogue.ReportTexts;
import org.globaloffice.reporting.output.ColumnType;
import org.globaloffice.reporting.output.ReportColumn;

/**
 * Report (5): the outbound visits whose trip shares a day with the window (departing on or before its last day and
 * returning on or after its first, as {@link org.globaloffice.reporting.catalogue.ReportWindow#overlaps} reads it),
 * in keyset batches by id, limited to the school the visit was filed under. Drafts are left out: nobody but their
 * applicant has seen them, and a draft is no application yet; a withdrawn or returned application is listed with its
 * state.
 * <p>
 * The report is due {@code reportDays} after the return (the faculty policy's setting, as now); "overdue" is the
 * domain's rule on the visit's state now and today's date, so a report filed since the window ended counts as
 * filed. The budget is shown to the office only, like the roster's salary.
 */
@ApplicationScoped
public class VisitsReportSource implements ReportDefinition<VisitsReportRow> {

    static final int BATCH = 500;

    @Inject
    ReadOnlyQueries queries;

    @Inject
    FacultyMembers members;

    @Override
    public ReportKind kind() {
        return ReportKind.VISITS;
    }

    @Override
    public List<ReportColumn<VisitsReportRow>> columns(ReportContext context) {
        return columns(context.text(), members.policy().getReportDays(), context.today(), context.maskPersonal());
    }

    /**
     * The report's columns.
     *
     * @param reportDays   the days after the return within which the report is due
     * @param today        the day "overdue" is judged on
     * @param maskPersonal whether the budget is replaced by a mask
     */
    public static List<ReportColumn<VisitsReportRow>> columns(Function<String, String> text, int reportDays,
            LocalDate today, boolean maskPersonal) {
        Map<VisitType, String> types = ReportTexts.labels(text, "report.visits.type.", VisitType.class);
        Map<VisitApproval.State, String> states = ReportTexts.labels(text, "report.visits.state.",
                VisitApproval.State.class);
        ReportTexts.YesNo yesNo = ReportTexts.YesNo.from(text);
        List<ReportColumn<VisitsReportRow>> columns = new ArrayList<>(List.of(
                column(text, "staffNumber", ColumnType.TEXT, 10, VisitsReportRow::staffNumber),
                column(text, "name", ColumnType.TEXT, 20, VisitsReportRow::name),
                column(text, "school", ColumnType.TEXT, 16, VisitsReportRow::school),
                column(text, "type", ColumnType.TEXT, 12, row -> types.get(row.type())),
                column(text, "country", ColumnType.TEXT, 5, VisitsReportRow::country),
                column(text, "institution", ColumnType.TEXT, 24, VisitsReportRow::institution),
                column(text, "purpose", ColumnType.TEXT, 30, VisitsReportRow::purpose),
                column(text, "departsOn", ColumnType.DATE, 10, VisitsReportRow::departsOn),
                column(text, "returnsOn", ColumnType.DATE, 10, VisitsReportRow::returnsOn),
                column(text, "days", ColumnType.INTEGER, 5, VisitsReportRow::days),
                column(text, "state", ColumnType.TEXT, 12, row -> states.get(row.state())),
                column(text, "reportDueOn", ColumnType.DATE, 10, row -> row.reportDueOn(reportDays)),
                column(text, "reportFiledOn", ColumnType.DATE, 10, VisitsReportRow::reportFiledOn),
                column(text, "reportOverdue", ColumnType.TEXT, 6,
                        row -> yesNo.of(row.isReportOverdue(today, reportDays))),
                column(text, "rating", ColumnType.INTEGER, 5, VisitsReportRow::rating)));
        columns.add(maskPersonal
                ? column(text, "budget", ColumnType.TEXT, 10, row -> row.budget() == null ? null : Masking.MASK)
                : column(text, "budget", ColumnType.DECIMAL, 10, VisitsReportRow::budget));
        return columns;
    }

    @Override
    public Iterator<VisitsReportRow> rows(ReportContext context) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", context.window().from());
        parameters.put("to", context.window().to());
        parameters.put("draft", VisitApproval.State.DRAFT);
        String scope = "";
        if (context.schoolId() != null) {
            scope = " and v.school.id = :school";
            parameters.put("school", context.schoolId());
        }
        String jpql = "select v.id, v.member.staffNumber, v.member.chineseName, v.member.englishName, "
                + (ReportTexts.isChinese(context.language()) ? "v.school.name.zh" : "v.school.name.en")
                + ", v.type, v.country, v.institution, v.purpose, v.departsOn, v.returnsOn, v.state,"
                + " v.reportFiledOn, v.rating, v.budget from OutboundVisit v where v.id > :after"
                // the window's overlap, as ReportWindow.overlaps
                + " and v.departsOn <= :to and v.returnsOn >= :from and v.state <> :draft" + scope
                + " order by v.id";
        return new Batches<>(after -> queries.batchAfter(jpql, parameters, after, BATCH).stream()
                .map(VisitsReportSource::row).toList(), VisitsReportRow::id, BATCH);
    }

    private static VisitsReportRow row(Object[] v) {
        return new VisitsReportRow((Long) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
                (VisitType) v[5], (String) v[6], (String) v[7], (String) v[8], (LocalDate) v[9], (LocalDate) v[10],
                (VisitApproval.State) v[11], (LocalDate) v[12], (Integer) v[13], (BigDecimal) v[14]);
    }

    private static ReportColumn<VisitsReportRow> column(Function<String, String> text, String key, ColumnType type,
            int width, Function<VisitsReportRow, ?> value) {
        return new ReportColumn<>(text.apply("report.visits.col." + key), type, value, width);
    }
}
