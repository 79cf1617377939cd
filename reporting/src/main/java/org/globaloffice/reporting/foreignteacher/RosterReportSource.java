package org.globaloffice.reporting.foreignteacher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.globaloffice.audit.control.Masking;
import org.globaloffice.foreignteacher.boundary.ForeignTeacherPolicies;
import org.globaloffice.foreignteacher.control.Degree;
import org.globaloffice.foreignteacher.control.DocumentType;
import org.globaloffice.foreignteacher.control.ExpiryWatch;
import org.globaloffice.foreignteacher.control.PermitCategory;
import org.globaloffice.foreignteacher.control.RecruitmentStage;
import org.globaloffice.platform.persistence.ReadOnlyQueries;
import org.globaloffice.reporting.catalogue.Batches;
import org.globaloffice.reporting.catalogue.ReportContext;
import org.globaloffice.reporting.catalogue.ReportDefinition;
import org.globaloffice.reporting.catalogue.ReportKind;
import org.globaloffice.reporting.output.ColumnType;
import org.globaloffice.reporting.output.ReportColumn;

/**
 * Report (1) from the database: the teachers of the context's school (or all), a batch at a time, each batch's
 * documents and contracts read with it in two more queries. Of several documents of a type the one expiring last
 * counts, of several contracts the one ending last. The annual salary is shown to the office only; everyone else
 * reads a mask in its place.
 */
@ApplicationScoped
public class RosterReportSource implements ReportDefinition<RosterReportSource.Line> {

    static final int BATCH = 500;

    /** One row: the roster's row and the salary of the teacher's latest contract. */
    public record Line(long id, RosterReportRow row, BigDecimal annualSalary) {
    }

    @Inject
    ReadOnlyQueries queries;

    @Inject
    ForeignTeacherPolicies policies;

    @Override
    public ReportKind kind() {
        return ReportKind.ROSTER;
    }

    @Override
    public List<ReportColumn<Line>> columns(ReportContext context) {
        LocalDate asOf = context.window().asOf();
        List<ReportColumn<Line>> columns = new ArrayList<>();
        for (ReportColumn<RosterReportRow> column : RosterReport.columns(context.text(), asOf,
                new ExpiryWatch(policies.current().getAlertLeadDays()))) {
            columns.add(new ReportColumn<>(column.title(), column.type(),
                    line -> column.value().apply(line.row()), column.width()));
        }
        String salary = context.text().apply("report.roster.col.annualSalary");
        columns.add(context.maskPersonal()
                ? new ReportColumn<>(salary, ColumnType.TEXT, line -> line.annualSalary() == null ? null
                        : Masking.MASK, 10)
                : new ReportColumn<>(salary, ColumnType.DECIMAL, Line::annualSalary, 10));
        return columns;
    }

    @Override
    public Iterator<Line> rows(ReportContext context) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(context.language().getLanguage());
        Map<String, Object> parameters = new HashMap<>();
        String scope = "";
        if (context.schoolId() != null) {
            scope = " and e.school.id = :school";
            parameters.put("school", context.schoolId());
        }
        String jpql = "select e.id, e.nativeName, e.chineseName, e.nationality, e.passportLast4, "
                + (chinese ? "e.school.name.zh" : "e.school.name.en") + ", e.intendedCategory, e.stage,"
                + " e.highestDegree from ForeignExpert e where e.id > :after" + scope + " order by e.id";
        return new Batches<>(after -> batch(queries.batchAfter(jpql, parameters, after, BATCH)), Line::id, BATCH);
    }

    private List<Line> batch(List<Object[]> experts) {
        if (experts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = experts.stream().map(e -> (Long) e[0]).toList();
        Map<Long, Map<DocumentType, Object[]>> documents = new HashMap<>();
        for (Object[] d : queries.list("select d.expert.id, d.documentType, d.number, d.expiresOn from ExpertDocument d"
                + " where d.expert.id in :ids and d.documentType in :types", Object[].class, Map.of("ids", ids,
                "types", List.of(DocumentType.WORK_PERMIT, DocumentType.RESIDENCE_PERMIT, DocumentType.Z_VISA)))) {
            documents.computeIfAbsent((Long) d[0], k -> new HashMap<>()).merge((DocumentType) d[1], d,
                    (a, b) -> later((LocalDate) a[3], (LocalDate) b[3]) ? a : b);
        }
        Map<Long, Object[]> contracts = new HashMap<>();
        for (Object[] c : queries.list("select c.expert.id, c.startsOn, c.endsOn, c.position, c.annualSalary"
                + " from ExpertContract c where c.expert.id in :ids", Object[].class, Map.of("ids", ids))) {
            contracts.merge((Long) c[0], c, (a, b) -> later((LocalDate) a[2], (LocalDate) b[2]) ? a : b);
        }
        List<Line> lines = new ArrayList<>(experts.size());
        for (Object[] e : experts) {
            Long id = (Long) e[0];
            Map<DocumentType, Object[]> docs = documents.getOrDefault(id, Map.of());
            Object[] contract = contracts.get(id);
            Object[] permit = docs.get(DocumentType.WORK_PERMIT);
            RosterReportRow row = new RosterReportRow((String) e[1], (String) e[2], (String) e[3],
                    Masking.MASK + e[4], (String) e[5], (PermitCategory) e[6],
                    (RecruitmentStage) e[7], (Degree) e[8], contract == null ? null : (String) contract[3],
                    contract == null ? null : (LocalDate) contract[1], contract == null ? null : (LocalDate) contract[2],
                    permit == null ? null : (String) permit[2], expiry(permit),
                    expiry(docs.get(DocumentType.RESIDENCE_PERMIT)), expiry(docs.get(DocumentType.Z_VISA)));
            lines.add(new Line(id, row, contract == null ? null : (BigDecimal) contract[4]));
        }
        return lines;
    }

    private static LocalDate expiry(Object[] document) {
        return document == null ? null : (LocalDate) document[3];
    }

    /** Whether {@code a} ends after {@code b}; a missing end (open-ended) counts as the latest. */
    private static boolean later(LocalDate a, LocalDate b) {
        return a == null || b != null && a.isAfter(b);
    }
}
