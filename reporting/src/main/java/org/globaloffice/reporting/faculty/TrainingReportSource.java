package org.globaloffice.reporting.faculty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.globaloffice.faculty.boundary.CompetencePrograms;
import org.globaloffice.faculty.control.CompetenceTotals;
import org.globaloffice.faculty.control.CompletionRule;
import org.globaloffice.faculty.entity.ClassLevel;
import org.globaloffice.platform.persistence.ReadOnlyQueries;
import org.globaloffice.reporting.catalogue.ReportContext;
import org.globaloffice.reporting.catalogue.ReportDefinition;
import org.globaloffice.reporting.catalogue.ReportKind;
import org.globaloffice.reporting.catalogue.ReportTexts;
import org.globaloffice.reporting.catalogue.ReportWindow;
import org.globaloffice.reporting.output.ColumnType;
import org.globaloffice.reporting.output.ReportColumn;

/**
 * Report (6): global competence and language training in the window. First one line per global competence program
 * of a calendar year the window touches (an academic year touches two), by year and title, with its sessions,
 * participants, teaching hours and completion under the office's {@link CompletionRule}, put together by
 * {@link CompetenceTotals#ofProgram} as the programs' own totals are; then one line per language class whose dates
 * share a day with the window, by start date.
 * <p>
 * For one school the lines are those the school's callers can see — the university's programs and the school's own
 * ({@link CompetencePrograms}' rule), every language class (the office runs them for the whole university) — and
 * only the school's members count: participants, completers and attended hours are the school's (by the school a
 * member belongs to now), while a program's sessions and teaching hours are the whole program's, since that is what
 * completion is measured against. Read whole: a year has a handful of programs and classes, and the counts are
 * aggregated in the database.
 */
@ApplicationScoped
public class TrainingReportSource implements ReportDefinition<TrainingReportRow> {

    @Inject
    ReadOnlyQueries queries;

    @Inject
    CompetencePrograms competence;

    @Override
    public ReportKind kind() {
        return ReportKind.TRAINING;
    }

    @Override
    public List<ReportColumn<TrainingReportRow>> columns(ReportContext context) {
        return columns(context.text());
    }

    public static List<ReportColumn<TrainingReportRow>> columns(Function<String, String> text) {
        String program = text.apply("report.training.kind.COMPETENCE_PROGRAM");
        String classPattern = text.apply("report.training.kind.LANGUAGE_CLASS");
        Map<ClassLevel, String> classes = new HashMap<>();
        ReportTexts.labels(text, "report.training.level.", ClassLevel.class)
                .forEach((level, label) -> classes.put(level, ReportTexts.format(classPattern, label)));
        return List.of(
                column(text, "kind", ColumnType.TEXT, 20,
                        row -> row.kind() == TrainingReportRow.Kind.COMPETENCE_PROGRAM ? program
                                : classes.get(row.level())),
                column(text, "year", ColumnType.INTEGER, 6, TrainingReportRow::year),
                column(text, "title", ColumnType.TEXT, 30, TrainingReportRow::title),
                column(text, "organiser", ColumnType.TEXT, 20, TrainingReportRow::organiser),
                column(text, "sessions", ColumnType.INTEGER, 6, TrainingReportRow::sessions),
                column(text, "participants", ColumnType.INTEGER, 8, TrainingReportRow::participants),
                column(text, "hours", ColumnType.INTEGER, 8, TrainingReportRow::hours),
                column(text, "completed", ColumnType.INTEGER, 8, TrainingReportRow::completed),
                column(text, "completionRate", ColumnType.DECIMAL, 8, TrainingReportRow::completionRate),
                column(text, "attendedHours", ColumnType.INTEGER, 10, TrainingReportRow::attendedHours));
    }

    @Override
    public Iterator<TrainingReportRow> rows(ReportContext context) {
        List<TrainingReportRow> rows = new ArrayList<>(programs(context.window(), context.schoolId()));
        rows.addAll(languageClasses(context.window(), context.schoolId()));
        return rows.iterator();
    }

    private List<TrainingReportRow> programs(ReportWindow window, Long school) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("firstYear", window.from().getYear());
        parameters.put("lastYear", window.to().getYear());
        String visible = "";
        if (school != null) {
            visible = " and (sc.id is null or sc.id = :school)";
            parameters.put("school", school);
        }
        List<Object[]> programs = queries.list("select p.id, p.year, p.title, p.organiser from CompetenceProgram p"
                + " left join p.school sc where p.year between :firstYear and :lastYear" + visible
                + " order by p.year, p.title, p.id", Object[].class, parameters);
        if (programs.isEmpty()) {
            return List.of();
        }
        List<Long> ids = programs.stream().map(p -> (Long) p[0]).toList();
        Map<String, Object> byProgram = new HashMap<>();
        byProgram.put("ids", ids);
        String members = "";
        if (school != null) {
            members = " and m.school.id = :school";
            byProgram.put("school", school);
        }
        Map<Long, int[]> sessions = new HashMap<>();
        for (Object[] s : queries.list("select s.program.id, count(s), sum(s.hours) from CompetenceSession s"
                + " where s.program.id in :ids group by s.program.id", Object[].class, Map.of("ids", ids))) {
            sessions.put((Long) s[0], new int[] {number(s[1]), number(s[2])});
        }
        Map<Long, Integer> participants = new HashMap<>();
        for (Object[] e : queries.list("select e.program.id, count(e) from CompetenceEnrolment e join e.member m"
                + " where e.program.id in :ids" + members + " group by e.program.id", Object[].class, byProgram)) {
            participants.put((Long) e[0], number(e[1]));
        }
        Map<Long, List<Integer>> attended = new HashMap<>();
        for (Object[] a : queries.list("select a.program.id, sum(a.hours) from SessionAttendance a join a.member m"
                + " where a.program.id in :ids" + members + " group by a.program.id, m.id", Object[].class,
                byProgram)) {
            attended.computeIfAbsent((Long) a[0], id -> new ArrayList<>()).add(number(a[1]));
        }
        CompletionRule rule = competence.rule();
        List<TrainingReportRow> rows = new ArrayList<>(programs.size());
        for (Object[] p : programs) {
            Long id = (Long) p[0];
            int[] taught = sessions.getOrDefault(id, new int[2]);
            CompetenceTotals.ProgramTotals totals = CompetenceTotals.ofProgram(rule,
                    new CompetenceTotals.ProgramCounts(id, (Integer) p[1], taught[0], taught[1],
                            participants.getOrDefault(id, 0)),
                    attended.getOrDefault(id, List.of()));
            rows.add(TrainingReportRow.program((Integer) p[1], (String) p[2], (String) p[3], totals));
        }
        return rows;
    }

    private List<TrainingReportRow> languageClasses(ReportWindow window, Long school) {
        List<Object[]> classes = queries.list("select c.id, c.level, c.year, c.title, c.teacher, c.hours"
                + " from LanguageClass c where c.startsOn <= :to and c.endsOn >= :from" // ReportWindow.overlaps
                + " order by c.startsOn, c.id", Object[].class, Map.of("from", window.from(), "to", window.to()));
        if (classes.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", classes.stream().map(c -> (Long) c[0]).toList());
        String members = "";
        if (school != null) {
            members = " and m.school.id = :school";
            parameters.put("school", school);
        }
        Map<Long, int[]> enrolled = new HashMap<>();
        for (Object[] e : queries.list("select e.languageClass.id, count(e), sum(e.attendedHours)"
                + " from LanguageEnrolment e join e.member m where e.languageClass.id in :ids" + members
                + " group by e.languageClass.id", Object[].class, parameters)) {
            enrolled.put((Long) e[0], new int[] {number(e[1]), number(e[2])});
        }
        List<TrainingReportRow> rows = new ArrayList<>(classes.size());
        for (Object[] c : classes) {
            int[] counts = enrolled.getOrDefault((Long) c[0], new int[2]);
            rows.add(TrainingReportRow.languageClass((ClassLevel) c[1], (Integer) c[2], (String) c[3],
                    (String) c[4], counts[0], (Integer) c[5], counts[1]));
        }
        return rows;
    }

    /** A count or a sum as the database answers it (Long, BigInteger, …); a sum over no rows is 0. */
    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static ReportColumn<TrainingReportRow> column(Function<String, String> text, String key, ColumnType type,
            int width, Function<TrainingReportRow, ?> value) {
        return new ReportColumn<>(text.apply("report.training.col." + key), type, value, width);
    }
}
