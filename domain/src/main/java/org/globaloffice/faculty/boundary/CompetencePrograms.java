package org.globaloffice.faculty.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.globaloffice.faculty.control.CompetenceTotals;
import org.globaloffice.faculty.control.CompetenceTotals.ProgramCounts;
import org.globaloffice.faculty.control.CompletionRule;
import org.globaloffice.faculty.entity.CompetenceEnrolment;
import org.globaloffice.faculty.entity.CompetenceProgram;
import org.globaloffice.faculty.entity.CompetenceSession;
import org.globaloffice.faculty.entity.FacultyMember;
import org.globaloffice.faculty.entity.FacultyPolicy;
import org.globaloffice.faculty.entity.SessionAttendance;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.entity.Versions;
import org.globaloffice.platform.error.ConcurrentEditException;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.platform.paging.CriteriaPage;
import org.globaloffice.platform.paging.Page;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.platform.security.Caller;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * Global competence programs (seed 000): the programs, their sessions with lecturers, who enrolled, the hours each
 * attended of each session, who completed under the office's {@link CompletionRule}, and the totals the office
 * reports per program and per year.
 * <p>
 * Who sees what: a program of the whole university (no organising school) is seen by everybody; a school's program
 * by the callers of that school and those not bound to a school. Another school's program is "not found". Within a
 * program, a caller bound to a school sees only the participants of their own school, unless their school organises
 * the program: the organiser sees everyone it teaches.
 * <p>
 * Who changes what: ADMIN and OFFICE any program; a LIAISON only their own school's programs (their sessions and
 * attendance too) — a program of the whole university is the office's. Enrolling and withdrawing is open to a
 * LIAISON for their own school's members, in any program they can see.
 */
@Stateless
public class CompetencePrograms {

    static final Set<String> FILTERABLE = Set.of("year", "title", "organiser", "school.id");
    static final Set<String> SORTABLE = Set.of("year", "title", "organiser");
    /** Filter: {@code true} keeps only the programs of the whole university. */
    public static final String UNIVERSITY_WIDE = "universityWide";

    static final Set<String> PARTICIPANT_FILTERS = Set.of("member.staffNumber", "member.chineseName",
            "member.school.id");
    static final Set<String> PARTICIPANT_SORTS = Set.of("member.staffNumber", "member.chineseName",
            "member.school.code", "enrolledOn");

    /** A participant as the program's list shows them: attendance summed, completion decided by the rule. */
    public record Participant(long enrolmentId, long version, long memberId, String staffNumber, String chineseName,
            String englishName, String schoolCode, LocalDate enrolledOn, int attendedHours, int requiredHours,
            int totalHours, boolean completed) implements Serializable {
    }

    /** An enrolled participant's line of a session's attendance: the hours attended, null when not recorded. */
    public record AttendanceLine(long memberId, String staffNumber, String chineseName, String schoolCode,
            Integer hours, Long version) implements Serializable {
    }

    /**
     * The hours to keep for one participant of a session; null hours remove what was recorded. {@code version} is
     * the version of the attendance row the user saw, null when they saw none: a row changed meanwhile is refused.
     */
    public record AttendanceEntry(long memberId, Integer hours, Long version) implements Serializable {
    }

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CallerScope callers;

    @Inject
    Schools schools;

    @Inject
    FacultyMembers members;

    @Inject
    @ConfigProperty(name = "globaloffice.time-zone", defaultValue = "Asia/Shanghai")
    String timeZone;

    Clock clock = Clock.systemUTC();

    // --- programs ---------------------------------------------------------------------------------------------

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Page<CompetenceProgram> page(PageRequest request) {
        CriteriaPage<CompetenceProgram> page = new CriteriaPage<>(em, CompetenceProgram.class, FILTERABLE, SORTABLE,
                "year", false);
        Long school = callers.current().schoolId();
        if (school != null) {
            page.where((cb, root) -> {
                Join<CompetenceProgram, School> organiser = root.join("school", JoinType.LEFT);
                return cb.or(cb.isNull(organiser.get("id")), cb.equal(organiser.get("id"), school));
            });
        }
        Object universityWide = request.filters().get(UNIVERSITY_WIDE);
        if (Boolean.TRUE.equals(universityWide) || "true".equals(universityWide)) {
            page.where((cb, root) -> cb.isNull(root.join("school", JoinType.LEFT).get("id")));
        }
        return page.fetch(request);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public CompetenceProgram find(Long id) {
        CompetenceProgram program = id == null ? null : em.find(CompetenceProgram.class, id);
        if (program == null || !visible(program)) {
            throw new RecordNotFoundException("CompetenceProgram", id);
        }
        return program;
    }

    /** Whether the caller may change the program, its sessions and its attendance (the page shows its editors). */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public boolean mayEdit(CompetenceProgram program) {
        Caller caller = callers.current();
        if (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.OFFICE)) {
            return true;
        }
        return caller.hasRole(Role.LIAISON) && program.getSchool() != null && caller.schoolId() != null
                && caller.schoolId().equals(program.getSchool().getId());
    }

    /** Saves a new or changed program; its organising school, if any, chosen by id within the caller's scope. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public CompetenceProgram save(CompetenceProgram program) {
        if (!program.isNew()) {
            CompetenceProgram current = find(program.getId());
            requireEditor(current);
            Versions.ensureCurrent(current, program.getVersion());
        }
        program.setSchool(program.getSchool() == null ? null : schools.find(program.getSchool().getId()));
        requireEditor(program);
        CompetenceProgram saved;
        if (program.isNew()) {
            em.persist(program);
            saved = program;
        } else {
            saved = em.merge(program);
        }
        em.flush();
        return saved;
    }

    /** Deletes a program nobody enrolled in, with its sessions; one with participants is refused. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void delete(Long id, long version) {
        CompetenceProgram program = find(id);
        requireEditor(program);
        Versions.ensureCurrent(program, version);
        long enrolled = em.createQuery("select count(e) from CompetenceEnrolment e where e.program.id = :program",
                Long.class).setParameter("program", id).getSingleResult();
        if (enrolled > 0) {
            throw new RuleViolationException(null, "competence.program.hasParticipants", enrolled);
        }
        em.createNamedQuery(CompetenceSession.OF_PROGRAM, CompetenceSession.class).setParameter("program", id)
                .getResultList().forEach(em::remove);
        em.remove(program);
        em.flush();
    }

    // --- sessions ---------------------------------------------------------------------------------------------

    /** The program's sessions in the order they are taught, each with its lecturers. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<CompetenceSession> sessions(Long programId) {
        find(programId);
        List<CompetenceSession> sessions = em.createNamedQuery(CompetenceSession.OF_PROGRAM, CompetenceSession.class)
                .setParameter("program", programId).getResultList();
        sessions.forEach(s -> s.getLecturers().size());
        return sessions;
    }

    /**
     * Saves a new or changed session with its lecturers as given (lecturers left out are removed). A session that
     * has attendance recorded cannot be cut to fewer hours than someone attended.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public CompetenceSession saveSession(Long programId, CompetenceSession session) {
        CompetenceProgram program = find(programId);
        requireEditor(program);
        session.checkConsistency();
        CompetenceSession saved;
        if (session.isNew()) {
            session.fileUnder(program);
            em.persist(session);
            saved = session;
        } else {
            CompetenceSession current = sessionOf(program, session.getId());
            Versions.ensureCurrent(current, session.getVersion());
            Number most = em.createQuery("select max(a.hours) from SessionAttendance a where a.session.id = :session",
                    Number.class).setParameter("session", session.getId()).getSingleResult();
            if (most != null && session.getHours() < most.intValue()) {
                throw new RuleViolationException("hours", "session.hours.belowAttendance", most.intValue());
            }
            session.fileUnder(program);
            saved = em.merge(session);
            // lecturers do not change the session's own row: its version moves anyway, so that two people editing
            // the lecturers of one session cannot overwrite each other
            em.lock(saved, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        em.flush();
        saved.getLecturers().size();
        return saved;
    }

    /** Deletes a session with its lecturers and the attendance recorded for it. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void deleteSession(Long sessionId, long version) {
        CompetenceSession session = sessionOf(null, sessionId);
        requireEditor(session.getProgram());
        Versions.ensureCurrent(session, version);
        em.createQuery("select a from SessionAttendance a where a.session.id = :session", SessionAttendance.class)
                .setParameter("session", sessionId).getResultList().forEach(em::remove);
        em.remove(session);
        em.flush();
    }

    // --- participants -----------------------------------------------------------------------------------------

    /**
     * One page of the program's participants the caller may see (see the class comment), with the hours each
     * attended, the hours that complete the program and whether they did. Filters: {@code member.staffNumber},
     * {@code member.chineseName}, {@code member.school.id}.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Page<Participant> participants(Long programId, PageRequest request) {
        CompetenceProgram program = find(programId);
        Page<CompetenceEnrolment> enrolments = new CriteriaPage<>(em, CompetenceEnrolment.class, PARTICIPANT_FILTERS,
                PARTICIPANT_SORTS, "member.staffNumber", true)
                .where((cb, root) -> cb.equal(root.get("program").get("id"), programId))
                .inSchool("member.school.id", participantScope(program))
                .fetch(request);
        if (enrolments.rows().isEmpty()) {
            return new Page<>(List.of(), enrolments.total());
        }
        int total = counts(programId).teachingHours();
        CompletionRule rule = rule();
        int required = rule.requiredHours(total);
        Map<Long, Integer> attended = attendedHours(programId,
                enrolments.rows().stream().map(e -> e.getMember().getId()).toList());
        return new Page<>(enrolments.rows().stream().map(e -> {
            FacultyMember m = e.getMember();
            int hours = attended.getOrDefault(m.getId(), 0);
            return new Participant(e.getId(), e.getVersion(), m.getId(), m.getStaffNumber(), m.getChineseName(),
                    m.getEnglishName(), m.getSchool().getCode(), e.getEnrolledOn(), hours, required, total,
                    rule.completed(hours, total));
        }).toList(), enrolments.total());
    }

    /** Enrols the member of this staff number; a caller bound to a school finds only their school's members. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public CompetenceEnrolment enrol(Long programId, String staffNumber) {
        CompetenceProgram program = find(programId);
        return enrol(program, members.findByStaffNumber(staffNumber));
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public CompetenceEnrolment enrolMember(Long programId, Long memberId) {
        CompetenceProgram program = find(programId);
        return enrol(program, members.find(memberId));
    }

    private CompetenceEnrolment enrol(CompetenceProgram program, FacultyMember member) {
        if (!member.isActive()) {
            throw new RuleViolationException("member", "competence.enrolment.inactive", member.getStaffNumber());
        }
        long already = em.createQuery("select count(e) from CompetenceEnrolment e where e.program.id = :program"
                + " and e.member.id = :member", Long.class).setParameter("program", program.getId())
                .setParameter("member", member.getId()).getSingleResult();
        if (already > 0) {
            throw new RuleViolationException("member", "competence.enrolment.duplicate", member.getStaffNumber(),
                    member.displayName());
        }
        CompetenceEnrolment enrolment = new CompetenceEnrolment(program, member, today());
        em.persist(enrolment);
        em.flush();
        return enrolment;
    }

    /** Withdraws a participant the caller may see, with the attendance recorded for them in the program. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void withdraw(Long enrolmentId, long version) {
        CompetenceEnrolment enrolment = enrolmentId == null ? null : em.find(CompetenceEnrolment.class, enrolmentId);
        if (enrolment == null || !visible(enrolment.getProgram())
                || !inScope(participantScope(enrolment.getProgram()), enrolment.getMember())) {
            throw new RecordNotFoundException("CompetenceEnrolment", enrolmentId);
        }
        Versions.ensureCurrent(enrolment, version);
        em.createQuery("select a from SessionAttendance a where a.program.id = :program and a.member.id = :member",
                SessionAttendance.class).setParameter("program", enrolment.getProgram().getId())
                .setParameter("member", enrolment.getMember().getId()).getResultList().forEach(em::remove);
        em.remove(enrolment);
        em.flush();
    }

    // --- attendance -------------------------------------------------------------------------------------------

    /** The session's participants the caller may see, in staff-number order, with the hours recorded for each. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<AttendanceLine> attendance(Long sessionId) {
        CompetenceSession session = sessionOf(null, sessionId);
        Long scope = participantScope(session.getProgram());
        Map<Long, SessionAttendance> recorded = recorded(sessionId);
        return enrolled(session.getProgram().getId()).stream().map(CompetenceEnrolment::getMember)
                .filter(m -> inScope(scope, m))
                .map(m -> {
                    SessionAttendance a = recorded.get(m.getId());
                    return new AttendanceLine(m.getId(), m.getStaffNumber(), m.getChineseName(),
                            m.getSchool().getCode(), a == null ? null : a.getHours(),
                            a == null ? null : a.getVersion());
                }).toList();
    }

    /**
     * Keeps the hours of these participants of the session, all or none: each must be enrolled in the program and
     * attended between 0 and the session's hours; hours someone else changed since the user read them are refused.
     * The program's editors record attendance.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void recordAttendance(Long sessionId, Collection<AttendanceEntry> entries) {
        CompetenceSession session = sessionOf(null, sessionId);
        requireEditor(session.getProgram());
        Map<Long, FacultyMember> participants = enrolled(session.getProgram().getId()).stream()
                .collect(Collectors.toMap(e -> e.getMember().getId(), CompetenceEnrolment::getMember));
        Map<Long, SessionAttendance> recorded = recorded(sessionId);
        for (AttendanceEntry entry : entries) {
            FacultyMember member = participants.get(entry.memberId());
            if (member == null) {
                throw new RuleViolationException(null, "attendance.notEnrolled", entry.memberId());
            }
            SessionAttendance row = recorded.get(entry.memberId());
            if (row == null && entry.version() != null) {
                throw new RecordNotFoundException("SessionAttendance", entry.memberId());
            }
            if (row != null && entry.version() == null) {
                throw new ConcurrentEditException(row.getUpdatedBy(), row.getUpdatedAt());
            }
            if (row != null) {
                Versions.ensureCurrent(row, entry.version());
            }
            try {
                if (entry.hours() == null) {
                    if (row != null) {
                        em.remove(row);
                    }
                } else if (row == null) {
                    em.persist(new SessionAttendance(session, member, entry.hours()));
                } else if (row.getHours() != entry.hours()) {
                    row.setHours(entry.hours());
                }
            } catch (RuleViolationException outOfRange) {
                throw new RuleViolationException(null, "attendance.hours.rangeOf", member.getStaffNumber(),
                        entry.hours(), session.getHours());
            }
        }
        em.flush();
    }

    // --- totals -----------------------------------------------------------------------------------------------

    /** The program's sessions, participants, teaching hours and completion, all participants counted. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public CompetenceTotals.ProgramTotals totals(Long programId) {
        find(programId);
        List<Integer> attended = em.createQuery("select sum(a.hours) from SessionAttendance a"
                + " where a.program.id = :program group by a.member.id", Number.class)
                .setParameter("program", programId).getResultStream().map(Number::intValue).toList();
        return CompetenceTotals.ofProgram(rule(), counts(programId), attended);
    }

    /**
     * The figures of each year of the programs the caller can see, earliest first; of one year only when
     * {@code year} is given.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<CompetenceTotals.YearTotals> totalsByYear(Integer year) {
        Long school = callers.current().schoolId();
        List<String> conditions = new ArrayList<>();
        if (school != null) {
            conditions.add("(sc.id is null or sc.id = :school)");
        }
        if (year != null) {
            conditions.add("p.year = :year");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        Function<TypedQuery<Object[]>, List<Object[]>> run = query -> {
            if (school != null) {
                query.setParameter("school", school);
            }
            if (year != null) {
                query.setParameter("year", year);
            }
            return query.getResultList();
        };
        Map<Long, Integer> years = new HashMap<>();
        run.apply(em.createQuery("select p.id, p.year from CompetenceProgram p left join p.school sc" + where,
                Object[].class)).forEach(r -> years.put(id(r[0]), number(r[1])));
        Map<Long, Object[]> sessions = new HashMap<>();
        run.apply(em.createQuery("select p.id, count(s), sum(s.hours) from CompetenceSession s join s.program p"
                + " left join p.school sc" + where + " group by p.id", Object[].class))
                .forEach(r -> sessions.put(id(r[0]), r));
        Map<Long, Integer> enrolled = new HashMap<>();
        run.apply(em.createQuery("select p.id, count(e) from CompetenceEnrolment e join e.program p"
                + " left join p.school sc" + where + " group by p.id", Object[].class))
                .forEach(r -> enrolled.put(id(r[0]), number(r[1])));
        Map<Integer, Integer> distinct = new HashMap<>();
        run.apply(em.createQuery("select p.year, count(distinct e.member.id) from CompetenceEnrolment e"
                + " join e.program p left join p.school sc" + where + " group by p.year", Object[].class))
                .forEach(r -> distinct.put(number(r[0]), number(r[1])));
        List<CompetenceTotals.Attendance> attendance = run.apply(em.createQuery("select p.id, a.member.id,"
                + " sum(a.hours) from SessionAttendance a join a.program p left join p.school sc" + where
                + " group by p.id, a.member.id", Object[].class)).stream()
                .map(r -> new CompetenceTotals.Attendance(id(r[0]), id(r[1]), number(r[2]))).toList();
        List<ProgramCounts> programs = years.entrySet().stream().map(e -> {
            Object[] s = sessions.get(e.getKey());
            return new ProgramCounts(e.getKey(), e.getValue(), s == null ? 0 : number(s[1]),
                    s == null || s[2] == null ? 0 : number(s[2]), enrolled.getOrDefault(e.getKey(), 0));
        }).toList();
        return CompetenceTotals.ofYears(rule(), programs, distinct, attendance);
    }

    /** The office's completion rule, as set now. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public CompletionRule rule() {
        FacultyPolicy policy = em.find(FacultyPolicy.class, FacultyPolicy.THE_POLICY);
        return policy == null ? CompletionRule.DEFAULT : policy.completionRule();
    }

    // --- certificate ------------------------------------------------------------------------------------------

    /**
     * What a participant's bilingual certificate states. Refused, saying how many hours they attended and how many
     * complete the program, unless they completed it under the rule as set now; "not found" for a participant the
     * caller may not see. The program is completed on the last day of its last session.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER})
    public CompetenceCertificate certificate(Long programId, Long memberId) {
        CompetenceProgram program = find(programId);
        CompetenceEnrolment enrolment = em.createQuery("select e from CompetenceEnrolment e"
                + " where e.program.id = :program and e.member.id = :member", CompetenceEnrolment.class)
                .setParameter("program", programId).setParameter("member", memberId).getResultStream()
                .filter(e -> inScope(participantScope(program), e.getMember())).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("CompetenceEnrolment", memberId));
        int total = counts(programId).teachingHours();
        LocalDate lastDay = em.createQuery("select s.endsOn from CompetenceSession s where s.program.id = :program"
                + " order by s.endsOn desc", LocalDate.class).setParameter("program", programId).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        Number attendedSum = em.createQuery("select sum(a.hours) from SessionAttendance a"
                + " where a.program.id = :program and a.member.id = :member", Number.class)
                .setParameter("program", programId).setParameter("member", memberId).getSingleResult();
        int attended = attendedSum == null ? 0 : attendedSum.intValue();
        CompletionRule rule = rule();
        if (!rule.completed(attended, total)) {
            throw new RuleViolationException(null, "competence.certificate.notCompleted", attended,
                    rule.requiredHours(total), total);
        }
        FacultyMember member = enrolment.getMember();
        School school = member.getSchool();
        return new CompetenceCertificate(member.getStaffNumber(), member.getChineseName(), member.getEnglishName(),
                school.getName().getZh(), school.getName().getEn(), program.getTitle(), program.getYear(),
                program.getOrganiser(), attended, total, rule.requiredPercent(), lastDay);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private boolean visible(CompetenceProgram program) {
        return program.getSchool() == null || callers.current().mayAccessSchool(program.getSchool().getId());
    }

    private void requireEditor(CompetenceProgram program) {
        if (!mayEdit(program)) {
            throw new RuleViolationException(null, "competence.program.notYours");
        }
    }

    /**
     * The school whose participants the caller sees in this program, or null for all: a caller bound to a school
     * sees their own school's members, everybody's in a program their school organises.
     */
    private Long participantScope(CompetenceProgram program) {
        Long school = callers.current().schoolId();
        if (school == null || (program.getSchool() != null && school.equals(program.getSchool().getId()))) {
            return null;
        }
        return school;
    }

    private static boolean inScope(Long scope, FacultyMember member) {
        return scope == null || scope.equals(member.getSchool().getId());
    }

    /** A session of a program the caller can see (of {@code program} when given), else "not found". */
    private CompetenceSession sessionOf(CompetenceProgram program, Long sessionId) {
        CompetenceSession session = sessionId == null ? null : em.find(CompetenceSession.class, sessionId);
        if (session == null || !visible(session.getProgram())
                || (program != null && !program.getId().equals(session.getProgram().getId()))) {
            throw new RecordNotFoundException("CompetenceSession", sessionId);
        }
        return session;
    }

    private List<CompetenceEnrolment> enrolled(Long programId) {
        return em.createQuery("select e from CompetenceEnrolment e join fetch e.member where e.program.id = :program"
                + " order by e.member.staffNumber", CompetenceEnrolment.class).setParameter("program", programId)
                .getResultList();
    }

    private Map<Long, SessionAttendance> recorded(Long sessionId) {
        return em.createQuery("select a from SessionAttendance a where a.session.id = :session",
                SessionAttendance.class).setParameter("session", sessionId).getResultStream()
                .collect(Collectors.toMap(a -> a.getMember().getId(), Function.identity()));
    }

    private ProgramCounts counts(Long programId) {
        Object[] sessions = em.createQuery("select count(s), sum(s.hours) from CompetenceSession s"
                + " where s.program.id = :program", Object[].class).setParameter("program", programId)
                .getSingleResult();
        long participants = em.createQuery("select count(e) from CompetenceEnrolment e where e.program.id = :program",
                Long.class).setParameter("program", programId).getSingleResult();
        CompetenceProgram program = em.find(CompetenceProgram.class, programId);
        return new ProgramCounts(programId, program.getYear(), number(sessions[0]),
                sessions[1] == null ? 0 : number(sessions[1]), (int) participants);
    }

    private Map<Long, Integer> attendedHours(Long programId, List<Long> memberIds) {
        Map<Long, Integer> hours = new HashMap<>();
        em.createQuery("select a.member.id, sum(a.hours) from SessionAttendance a where a.program.id = :program"
                + " and a.member.id in :members group by a.member.id", Object[].class)
                .setParameter("program", programId).setParameter("members", memberIds).getResultList()
                .forEach(r -> hours.put(id(r[0]), number(r[1])));
        return hours;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static int number(Object value) {
        return ((Number) Objects.requireNonNull(value)).intValue();
    }
}
