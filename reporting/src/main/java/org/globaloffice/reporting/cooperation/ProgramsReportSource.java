package org.globaloffice.reporting.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.globaloffice.cooperation.boundary.CooperativePrograms;
import org.globaloffice.cooperation.boundary.Curricula;
import org.globaloffice.cooperation.boundary.ProgramFiles;
import org.globaloffice.cooperation.control.RiskFlags;
import org.globaloffice.cooperation.entity.ComplianceRecord;
import org.globaloffice.cooperation.entity.CooperativeProgram;
import org.globaloffice.cooperation.entity.ProgramLevel;
import org.globaloffice.cooperation.entity.ProgramStatus;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.reporting.catalogue.Pages;
import org.globaloffice.reporting.catalogue.ReportContext;
import org.globaloffice.reporting.catalogue.ReportDefinition;
import org.globaloffice.reporting.catalogue.ReportKind;
import org.globaloffice.reporting.catalogue.ReportTexts;
import org.globaloffice.reporting.cooperation.ProgramsReportRow.Share;
import org.globaloffice.reporting.output.ColumnType;
import org.globaloffice.reporting.output.ReportColumn;

/**
 * Report (4): the Sino-foreign cooperative programs with the four one-thirds figures of their latest check and their
 * risk flags, in school-code order. Read through the domain's own services a page at a time — the program list
 * ({@link CooperativePrograms#page}), the latest kept check of each ({@link Curricula#latest}) and the flags
 * ({@link ProgramFiles#riskFlagsOf}), as the programs page shows them — so that the caller's scope and the flags'
 * thresholds are the domain's. The flags are as of today, as everywhere; the report is not limited by its window:
 * a program's compliance is that of its latest curriculum.
 */
@ApplicationScoped
public class ProgramsReportSource implements ReportDefinition<ProgramsReportRow> {

    static final int PAGE = 100;

    @Inject
    CooperativePrograms programs;

    @Inject
    Curricula curricula;

    @Inject
    ProgramFiles files;

    @Override
    public ReportKind kind() {
        return ReportKind.PROGRAMS;
    }

    @Override
    public List<ReportColumn<ProgramsReportRow>> columns(ReportContext context) {
        return columns(context.text());
    }

    public static List<ReportColumn<ProgramsReportRow>> columns(Function<String, String> text) {
        Map<ProgramLevel, String> levels = ReportTexts.labels(text, "report.programs.level.", ProgramLevel.class);
        Map<ProgramStatus, String> statuses = ReportTexts.labels(text, "report.programs.status.",
                ProgramStatus.class);
        Map<RiskFlags.Kind, String> risks = ReportTexts.labels(text, "report.programs.risk.", RiskFlags.Kind.class);
        ReportTexts.YesNo yesNo = ReportTexts.YesNo.from(text);
        String noCurriculum = text.apply("report.programs.noCurriculum");
        List<ReportColumn<ProgramsReportRow>> columns = new ArrayList<>(List.of(
                column(text, "school", ColumnType.TEXT, 16, ProgramsReportRow::school),
                column(text, "name", ColumnType.TEXT, 30, ProgramsReportRow::name),
                column(text, "approvalNumber", ColumnType.TEXT, 16, ProgramsReportRow::approvalNumber),
                column(text, "level", ColumnType.TEXT, 8, row -> levels.get(row.level())),
                column(text, "status", ColumnType.TEXT, 10, row -> statuses.get(row.status())),
                column(text, "checkedYear", ColumnType.TEXT, 10,
                        row -> row.checkedYear() == null ? null : academicYear(row.checkedYear()))));
        for (Share share : Share.values()) {
            String key = "share." + share.name();
            columns.add(column(text, key, ColumnType.TEXT, 8, row -> row.shareText(share)));
            columns.add(column(text, key + ".percent", ColumnType.DECIMAL, 7, row -> row.sharePercent(share)));
        }
        columns.add(column(text, "compliant", ColumnType.TEXT, 10,
                row -> row.figures() == null ? noCurriculum : yesNo.of(row.figures().compliant())));
        columns.add(column(text, "riskFlags", ColumnType.TEXT, 40, row -> riskText(row.flags(), risks)));
        return columns;
    }

    /** An academic year by its first and last calendar year: "2025–2026". */
    public static String academicYear(int startYear) {
        return startYear + "–" + (startYear + 1);
    }

    /**
     * The flags in words, joined by "; "; nothing when there is none. The figures (years, days, a date) are inserted
     * as written: a year is not a number to group.
     */
    public static String riskText(List<RiskFlags.Flag> flags, Map<RiskFlags.Kind, String> patterns) {
        if (flags.isEmpty()) {
            return null;
        }
        return flags.stream().map(flag -> ReportTexts.format(patterns.get(flag.kind()), flag.figures().toArray()))
                .collect(Collectors.joining("; "));
    }

    @Override
    public Iterator<ProgramsReportRow> rows(ReportContext context) {
        Map<String, Object> filters = new HashMap<>();
        if (context.schoolId() != null) {
            filters.put("school.id", context.schoolId());
        }
        return new Pages<>(first -> page(new PageRequest(first, PAGE, "school.code", true, filters), context.language()), PAGE);
    }

    private List<ProgramsReportRow> page(PageRequest request, Locale language) {
        List<CooperativeProgram> page = programs.page(request).rows();
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(CooperativeProgram::getId).toList();
        Map<Long, ComplianceRecord> latest = curricula.latest(ids);
        Map<Long, List<RiskFlags.Flag>> flags = files.riskFlagsOf(ids);
        List<ProgramsReportRow> rows = new ArrayList<>(page.size());
        for (CooperativeProgram program : page) {
            ComplianceRecord check = latest.get(program.getId());
            rows.add(new ProgramsReportRow(program.getId(),
                    program.getSchool().getName().in(language), program.getName().in(language),
                    program.getApprovalNumber(),
                    program.getLevel(), program.getStatus(), check == null ? null : check.getAcademicYear(),
                    check == null ? null : check.figures(), flags.getOrDefault(program.getId(), List.of())));
        }
        return rows;
    }

    private static ReportColumn<ProgramsReportRow> column(Function<String, String> text, String key, ColumnType type,
            int width, Function<ProgramsReportRow, ?> value) {
        return new ReportColumn<>(text.apply("report.programs.col." + key), type, value, width);
    }
}
