package org.globaloffice.reporting.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.globaloffice.cooperation.boundary.ProgramFiles;
import org.globaloffice.cooperation.control.RiskFlags;
import org.globaloffice.cooperation.entity.ProgramStatus;
import org.globaloffice.faculty.control.VisitApproval;
import org.globaloffice.faculty.entity.VisitType;
import org.globaloffice.foreignteacher.control.RecruitmentStage;
import org.globaloffice.platform.persistence.ReadOnlyQueries;
import org.globaloffice.platform.security.Caller;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * The figures of the dashboard for the office, leaders and auditors, within the caller's scope: a caller bound to a
 * school (a school's LEADER) sees that school's figures only; everybody else sees the whole university. Reads only,
 * and only counts and sums: the database groups, this class fills the gaps (months, years, schools without one of
 * two kinds of hours) through the plain classes beside it.
 * <p>
 * No JPQL here compares a boolean: EclipseLink writes a boolean as 1, which H2 refuses to compare with a boolean
 * column. Booleans are selected as columns and grouped instead.
 */
@Stateless
@RolesAllowed({Role.Name.OFFICE, Role.Name.LEADER, Role.Name.AUDITOR, Role.Name.ADMIN})
public class Dashboard {

    /** The trips that happened or will: approved by the office, reported on, evaluated. */
    static final EnumSet<VisitApproval.State> TRAVELLED = EnumSet.of(VisitApproval.State.APPROVED,
            VisitApproval.State.REPORT_FILED, VisitApproval.State.EVALUATED);

    /** Of several documents of one type of a teacher, only the newest (by issue date, then id) counts. */
    private static final String NEWEST_OF_ITS_TYPE = " and not exists (select n from ExpertDocument n"
            + " where n.expert = d.expert and n.documentType = d.documentType"
            + " and (n.issuedOn > d.issuedOn or (n.issuedOn = d.issuedOn and n.id > d.id)))";

    /** The latest check of a program: of its latest academic year, the latest recorded (then the highest id). */
    private static final String LATEST_CHECK = " and not exists (select n from ComplianceRecord n"
            + " where n.program = r.program and (n.academicYear > r.academicYear"
            + " or (n.academicYear = r.academicYear and (n.recordedAt > r.recordedAt"
            + " or (n.recordedAt = r.recordedAt and n.id > r.id)))))";

    @Inject
    ReadOnlyQueries queries;

    @Inject
    CallerScope callers;

    @Inject
    ProgramFiles programFiles;

    @Inject
    @ConfigProperty(name = "globaloffice.time-zone", defaultValue = "Asia/Shanghai")
    String timeZone;

    Clock clock = Clock.systemUTC();

    /** Every figure; the training hours of {@code trainingYear}, or of this year when it is null. */
    public DashboardFigures figures(Integer trainingYear) {
        LocalDate today = today();
        return new DashboardFigures(today, teachers(), expiries(today), compliance(), visits(today.getYear()),
                training(trainingYear == null ? today.getYear() : trainingYear, today.getYear()));
    }

    /** Foreign teachers who have not left, per school (by code) and per nationality (ten largest, then "other"). */
    public DashboardFigures.Teachers teachers() {
        Scope scope = scope("e.school.id");
        Map<String, Object> parameters = scope.parameters();
        parameters.put("left", RecruitmentStage.LEFT);
        List<DashboardFigures.SchoolCount> bySchool = queries.list("select s.code, s.name.zh, s.name.en, count(e)"
                + " from ForeignExpert e join e.school s where e.stage <> :left" + scope.condition()
                + " group by s.code, s.name.zh, s.name.en order by s.code", Object[].class, parameters).stream()
                .map(row -> new DashboardFigures.SchoolCount(school(row), number(row[3]))).toList();
        Map<String, Long> byNationality = new HashMap<>();
        queries.list("select e.nationality, count(e) from ForeignExpert e where e.stage <> :left" + scope.condition()
                + " group by e.nationality", Object[].class, parameters)
                .forEach(row -> byNationality.put((String) row[0], number(row[1])));
        return new DashboardFigures.Teachers(bySchool, TopShares.of(byNationality));
    }

    /**
     * Documents of teachers who have not left, the newest of each type per teacher: those expired before today,
     * and those expiring in each of the next twelve months, this month first.
     */
    public DashboardFigures.Expiries expiries() {
        return expiries(today());
    }

    private DashboardFigures.Expiries expiries(LocalDate today) {
        Scope scope = scope("d.expert.school.id");
        Map<String, Object> parameters = scope.parameters();
        parameters.put("left", RecruitmentStage.LEFT);
        parameters.put("today", today);
        String current = " from ExpertDocument d where d.expert.stage <> :left" + scope.condition() + NEWEST_OF_ITS_TYPE;
        long overdue = queries.single("select count(d)" + current + " and d.expiresOn < :today", Long.class,
                parameters);
        parameters.put("end", ExpiryMonths.windowEnd(today));
        Map<LocalDate, Long> byDay = new HashMap<>();
        queries.list("select d.expiresOn, count(d)" + current + " and d.expiresOn >= :today and d.expiresOn < :end"
                + " group by d.expiresOn", Object[].class, parameters)
                .forEach(row -> byDay.put((LocalDate) row[0], number(row[1])));
        return new DashboardFigures.Expiries(overdue, ExpiryMonths.of(today, byDay));
    }

    /** Cooperative programs that have not ended: compliant, not compliant, without a curriculum, and at risk. */
    public DashboardFigures.Compliance compliance() {
        Scope programScope = scope("p.school.id");
        Map<String, Object> parameters = programScope.parameters();
        parameters.put("ended", ProgramStatus.ENDED);
        List<Long> programs = queries.list("select p.id from CooperativeProgram p where p.status <> :ended"
                + programScope.condition(), Long.class, parameters);

        Scope recordScope = scope("r.program.school.id");
        Map<String, Object> recordParameters = recordScope.parameters();
        recordParameters.put("ended", ProgramStatus.ENDED);
        long compliant = 0;
        long notCompliant = 0;
        for (Object[] row : queries.list("select r.compliant, count(r) from ComplianceRecord r"
                + " where r.program.status <> :ended and r.allCourses > 0" + recordScope.condition() + LATEST_CHECK
                + " group by r.compliant", Object[].class, recordParameters)) {
            if (Boolean.TRUE.equals(row[0])) {
                compliant += number(row[1]);
            } else {
                notCompliant += number(row[1]);
            }
        }
        Map<Long, List<RiskFlags.Flag>> flags = programs.isEmpty() ? Map.of() : programFiles.riskFlagsOf(programs);
        return DashboardFigures.Compliance.of(programs.size(), compliant, notCompliant, flags.values());
    }

    /** Outbound visits that happened or will, per year of departure (the last five, this one included) and type. */
    public DashboardFigures.Visits visits() {
        return visits(today().getYear());
    }

    private DashboardFigures.Visits visits(int year) {
        Scope scope = scope("v.school.id");
        Map<String, Object> parameters = scope.parameters();
        parameters.put("states", TRAVELLED);
        parameters.put("from", VisitYears.windowStart(year));
        parameters.put("until", VisitYears.windowEnd(year));
        List<VisitYears.Departures> departures = queries.list("select v.departsOn, v.type, count(v)"
                + " from OutboundVisit v where v.state in :states and v.departsOn >= :from and v.departsOn < :until"
                + scope.condition() + " group by v.departsOn, v.type", Object[].class, parameters).stream()
                .map(row -> new VisitYears.Departures((LocalDate) row[0], (VisitType) row[1], number(row[2])))
                .toList();
        return new DashboardFigures.Visits(VisitYears.of(year, departures));
    }

    /**
     * Hours attended per school (the member's) in {@code year}: of the sessions of that year's global competence
     * programs, and of that year's language classes.
     */
    public DashboardFigures.Training training(int year) {
        return training(year, today().getYear());
    }

    private DashboardFigures.Training training(int year, int currentYear) {
        Scope scope = scope("m.school.id");
        Map<String, Object> parameters = scope.parameters();
        parameters.put("year", year);
        Map<SchoolLabel, Long> competence = hoursBySchool("select s.code, s.name.zh, s.name.en, sum(a.hours)"
                + " from SessionAttendance a join a.member m join m.school s where a.program.year = :year"
                + scope.condition() + " group by s.code, s.name.zh, s.name.en", parameters);
        Map<SchoolLabel, Long> language = hoursBySchool("select s.code, s.name.zh, s.name.en, sum(e.attendedHours)"
                + " from LanguageEnrolment e join e.member m join m.school s where e.languageClass.year = :year"
                + scope.condition() + " group by s.code, s.name.zh, s.name.en", parameters);
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(queries.list("select distinct p.year from CompetenceProgram p", Integer.class, Map.of()));
        years.addAll(queries.list("select distinct c.year from LanguageClass c", Integer.class, Map.of()));
        years.add(currentYear);
        years.add(year);
        return new DashboardFigures.Training(year, new ArrayList<>(years), TrainingHours.of(competence, language));
    }

    private Map<SchoolLabel, Long> hoursBySchool(String jpql, Map<String, Object> parameters) {
        Map<SchoolLabel, Long> hours = new LinkedHashMap<>();
        queries.list(jpql, Object[].class, parameters).forEach(row -> hours.put(school(row), number(row[3])));
        return hours;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
    }

    /** The caller's school as a condition on {@code path} with its parameter, or nothing for a university caller. */
    private Scope scope(String path) {
        Caller caller = callers.current();
        return caller.isScopedToSchool() ? new Scope(" and " + path + " = :school", caller.schoolId())
                : new Scope("", null);
    }

    private record Scope(String condition, Long school) {

        /** A fresh, changeable map holding {@code :school} when the condition uses it. */
        Map<String, Object> parameters() {
            Map<String, Object> parameters = new HashMap<>();
            if (school != null) {
                parameters.put("school", school);
            }
            return parameters;
        }
    }

    private static SchoolLabel school(Object[] row) {
        return new SchoolLabel((String) row[0], (String) row[1], (String) row[2]);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
