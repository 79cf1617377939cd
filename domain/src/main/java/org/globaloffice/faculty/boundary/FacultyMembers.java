package org.globaloffice.faculty.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.globaloffice.audit.entity.AuditRecord;
import org.globaloffice.faculty.control.OverseasExperience;
import org.globaloffice.faculty.control.OverseasExperience.Source;
import org.globaloffice.faculty.control.OverseasExperience.Stay;
import org.globaloffice.faculty.control.VisitApproval.State;
import org.globaloffice.faculty.entity.FacultyDegree;
import org.globaloffice.faculty.entity.FacultyMember;
import org.globaloffice.faculty.entity.FacultyPolicy;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.entity.Versions;
import org.globaloffice.platform.error.DuplicateValueException;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.platform.paging.CriteriaPage;
import org.globaloffice.platform.paging.Page;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * The faculty members of the schools with their degrees, and the overseas experience derived from their degrees
 * and trips abroad. A LIAISON keeps their own school's members; ADMIN and OFFICE every school's; LEADER and
 * AUDITOR read. Another school's member is "not found".
 */
@Stateless
public class FacultyMembers {

    static final Set<String> FILTERABLE = Set.of("staffNumber", "chineseName", "englishName", "title", "active",
            "school.id", "languages");
    static final Set<String> SORTABLE = Set.of("staffNumber", "chineseName", "englishName", "title", "school.code");
    static final int HISTORY_LIMIT = 500;

    /** The states in which a visit's trip took (or is taking) place. */
    static final List<State> TRAVELLED = List.of(State.APPROVED, State.REPORT_FILED, State.EVALUATED);

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CallerScope callers;

    @Inject
    Schools schools;

    @Inject
    @ConfigProperty(name = "globaloffice.time-zone", defaultValue = "Asia/Shanghai")
    String timeZone;

    Clock clock = Clock.systemUTC();

    /** A member's overseas experience as the pages show it. */
    public record Experience(long totalDays, int thresholdDays, boolean qualifies) {
    }

    /** A school's share of members with overseas experience: active members, those who qualify, and the share. */
    public record SchoolShare(Long schoolId, String schoolCode, String schoolNameZh, String schoolNameEn,
            long members, long experienced) {

        /** The share in percent, to one decimal; 0 for a school without members. */
        public double percent() {
            return members == 0 ? 0 : Math.round(experienced * 1000.0 / members) / 10.0;
        }
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Page<FacultyMember> page(PageRequest request) {
        return new CriteriaPage<>(em, FacultyMember.class, FILTERABLE, SORTABLE, "staffNumber", true)
                .exact("staffNumber")
                .inSchool("school.id", callers.current().schoolId())
                .fetch(request);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public FacultyMember find(Long id) {
        FacultyMember member = id == null ? null : em.find(FacultyMember.class, id);
        if (member == null || !callers.current().mayAccessSchool(member.getSchool().getId())) {
            throw new RecordNotFoundException("FacultyMember", id);
        }
        return member;
    }

    /** The member with this staff number (any case), if the caller may see them. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public FacultyMember findByStaffNumber(String staffNumber) {
        return em.createNamedQuery(FacultyMember.BY_STAFF_NUMBER, FacultyMember.class)
                .setParameter("staffNumber", FacultyMember.staffNumberKey(staffNumber)).getResultStream()
                .filter(m -> callers.current().mayAccessSchool(m.getSchool().getId())).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("FacultyMember", staffNumber));
    }

    static final int SUGGESTIONS = 10;

    /**
     * Members of the caller's scope whose staff number or name contains the typed text, for a field that suggests
     * them: at most {@value #SUGGESTIONS}, those on the staff first, then by staff number.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<FacultyMember> suggest(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String like = "%" + text.strip().toUpperCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        Long school = callers.current().schoolId();
        return em.createQuery("select m from FacultyMember m where (upper(m.staffNumber) like :text escape '\\'"
                        + " or upper(m.chineseName) like :text escape '\\' or upper(m.englishName) like :text"
                        + " escape '\\') and (:school is null or m.school.id = :school)"
                        + " order by m.active desc, m.staffNumber", FacultyMember.class)
                .setParameter("text", like).setParameter("school", school)
                .setMaxResults(SUGGESTIONS).getResultList();
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public FacultyMember save(FacultyMember member) {
        if (!member.isNew()) {
            Versions.ensureCurrent(find(member.getId()), member.getVersion());
        }
        member.setSchool(schools.find(member.getSchool() == null ? null : member.getSchool().getId()));
        em.createNamedQuery(FacultyMember.BY_STAFF_NUMBER, FacultyMember.class)
                .setParameter("staffNumber", member.getStaffNumber()).getResultStream()
                .filter(other -> !other.getId().equals(member.getId())).findFirst()
                .ifPresent(other -> {
                    throw new DuplicateValueException("staffNumber", member.getStaffNumber());
                });
        FacultyMember saved = member.isNew() ? persist(member) : em.merge(member);
        em.flush();
        return saved;
    }

    /**
     * Deletes a member entered by mistake, with their degrees. A member with visits, training, assessments or
     * appointments has a history the statistics rely on: they are marked as having left instead.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void delete(Long id, long version) {
        FacultyMember member = find(id);
        Versions.ensureCurrent(member, version);
        for (String entity : List.of("OutboundVisit", "CompetenceEnrolment", "LanguageEnrolment",
                "LanguageAssessment", "YoungTutor")) {
            long count = em.createQuery("select count(r) from " + entity + " r where r.member.id = :member",
                    Long.class).setParameter("member", id).getSingleResult();
            if (count > 0) {
                throw new RuleViolationException(null, "faculty.delete.hasRecords");
            }
        }
        degrees(id).forEach(em::remove);
        em.remove(member);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<FacultyDegree> degrees(Long memberId) {
        find(memberId);
        return em.createNamedQuery(FacultyDegree.OF_MEMBER, FacultyDegree.class).setParameter("member", memberId)
                .getResultList();
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public FacultyDegree saveDegree(Long memberId, FacultyDegree degree) {
        FacultyMember member = find(memberId);
        degree.checkDates(today());
        if (!degree.isNew()) {
            FacultyDegree current = em.find(FacultyDegree.class, degree.getId());
            if (current == null || !current.getMember().getId().equals(memberId)) {
                throw new RecordNotFoundException("FacultyDegree", degree.getId());
            }
            Versions.ensureCurrent(current, degree.getVersion());
        }
        degree.fileUnder(member);
        FacultyDegree saved = degree.isNew() ? persist(degree) : em.merge(degree);
        em.flush();
        return saved;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void deleteDegree(Long id, long version) {
        FacultyDegree degree = id == null ? null : em.find(FacultyDegree.class, id);
        if (degree == null) {
            throw new RecordNotFoundException("FacultyDegree", id);
        }
        find(degree.getMember().getId());
        Versions.ensureCurrent(degree, version);
        em.remove(degree);
    }

    /** What happened to the member and their file, newest first. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<AuditRecord> history(Long id) {
        find(id);
        return em.createNamedQuery(AuditRecord.FOR_OWNER, AuditRecord.class)
                .setParameter("type", "FacultyMember").setParameter("id", String.valueOf(id))
                .setParameter("owner", "FacultyMember:" + id)
                .setMaxResults(HISTORY_LIMIT).getResultList();
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Experience experience(Long memberId) {
        find(memberId);
        int threshold = policy().getOverseasDays();
        OverseasExperience experience = experienceOf(List.of(memberId)).getOrDefault(memberId,
                OverseasExperience.of(List.of()));
        return new Experience(experience.totalDays(), threshold, experience.hasAtLeast(threshold));
    }

    /**
     * Each school's share of active members with overseas experience, for the schools of the caller's scope. Two
     * queries whatever the number of members: the stays abroad of all of them, and the members per school.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<SchoolShare> schoolShares() {
        Long scope = callers.current().schoolId();
        int threshold = policy().getOverseasDays();
        // whether on the staff is read, not compared in the query: EclipseLink sends a boolean to H2 as 1, which H2
        // refuses to compare with a boolean column
        List<Object[]> active = em.createQuery("select m.id, m.school.id, m.active from FacultyMember m"
                + " where (:school is null or m.school.id = :school)", Object[].class)
                .setParameter("school", scope).getResultList().stream()
                .filter(row -> Boolean.TRUE.equals(row[2])).toList();
        Map<Long, OverseasExperience> experience = stays(scope, null);
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : active) {
            long[] count = counts.computeIfAbsent((Long) row[1], k -> new long[2]);
            count[0]++;
            OverseasExperience e = experience.get((Long) row[0]);
            if (e != null && e.hasAtLeast(threshold)) {
                count[1]++;
            }
        }
        List<SchoolShare> shares = new ArrayList<>();
        for (School school : schools.inScope()) {
            long[] count = counts.getOrDefault(school.getId(), new long[2]);
            shares.add(new SchoolShare(school.getId(), school.getCode(), school.getName().getZh(), school.getName().getEn(),
                    count[0], count[1]));
        }
        return shares;
    }

    /** The overseas experience of the given members (any scope: the callers check it), by member id. */
    public Map<Long, OverseasExperience> experienceOf(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return stays(null, memberIds);
    }

    private Map<Long, OverseasExperience> stays(Long school, Collection<Long> memberIds) {
        LocalDate today = today();
        Map<Long, List<Stay>> stays = new HashMap<>();
        String degreeQuery = "select d.member.id, d.startedOn, d.conferredOn from FacultyDegree d"
                + " where d.country <> :home" + (memberIds == null ? " and (:school is null or d.member.school.id"
                + " = :school)" : " and d.member.id in :members");
        var degrees = em.createQuery(degreeQuery, Object[].class).setParameter("home", FacultyDegree.HOME_COUNTRY);
        String visitQuery = "select v.member.id, v.departsOn, v.returnsOn from OutboundVisit v"
                + " where v.state in :travelled and v.departsOn <= :today" + (memberIds == null
                ? " and (:school is null or v.member.school.id = :school)" : " and v.member.id in :members");
        var visits = em.createQuery(visitQuery, Object[].class).setParameter("travelled", TRAVELLED)
                .setParameter("today", today);
        if (memberIds == null) {
            degrees.setParameter("school", school);
            visits.setParameter("school", school);
        } else {
            degrees.setParameter("members", memberIds);
            visits.setParameter("members", memberIds);
        }
        for (Object[] row : degrees.getResultList()) {
            stays.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new Stay((LocalDate) row[1], (LocalDate) row[2], Source.DEGREE));
        }
        for (Object[] row : visits.getResultList()) {
            LocalDate to = ((LocalDate) row[2]).isAfter(today) ? today : (LocalDate) row[2];
            stays.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new Stay((LocalDate) row[1], to, Source.TRIP));
        }
        Map<Long, OverseasExperience> result = new HashMap<>();
        stays.forEach((member, list) -> result.put(member, OverseasExperience.of(list)));
        return result;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public FacultyPolicy policy() {
        return em.find(FacultyPolicy.class, FacultyPolicy.THE_POLICY);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE})
    public FacultyPolicy savePolicy(FacultyPolicy changed) {
        Versions.ensureCurrent(policy(), changed.getVersion());
        FacultyPolicy saved = em.merge(changed);
        em.flush();
        return saved;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
    }

    private <T> T persist(T record) {
        em.persist(record);
        return record;
    }
}
