package org.globaloffice.faculty.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.globaloffice.faculty.control.OverseasExperience;
import org.globaloffice.faculty.control.TutorEligibility;
import org.globaloffice.faculty.entity.FacultyMember;
import org.globaloffice.faculty.entity.YoungTutor;
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
 * Young tutors for students' international development (seed 001), appointed per major and year from the school's
 * teachers with overseas experience ({@link TutorEligibility}). A LIAISON appoints in their own school; ADMIN and
 * OFFICE in any; LEADER and AUDITOR read.
 */
@Stateless
public class YoungTutors {

    static final Set<String> FILTERABLE = Set.of("major", "year", "member.school.id", "member.chineseName");
    static final Set<String> SORTABLE = Set.of("major", "year", "member.chineseName", "member.staffNumber");

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CallerScope callers;

    @Inject
    FacultyMembers members;

    /** A school's member as a possible tutor: their days abroad and whether (or why not) they may be appointed. */
    public record Candidate(FacultyMember member, long daysAbroad, TutorEligibility eligibility) {
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Page<YoungTutor> page(PageRequest request) {
        return new CriteriaPage<>(em, YoungTutor.class, FILTERABLE, SORTABLE, "year", false)
                .inSchool("member.school.id", callers.current().schoolId())
                .fetch(request);
    }

    /**
     * The school's members as candidates, eligible ones first, then by staff number. The page lists those who may
     * not be appointed too, with the reason, so that nobody wonders why a name is missing.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<Candidate> candidates(Long schoolId) {
        if (!callers.current().mayAccessSchool(schoolId)) {
            throw new RecordNotFoundException("School", schoolId);
        }
        List<FacultyMember> staff = em.createQuery("select m from FacultyMember m where m.school.id = :school"
                + " order by m.staffNumber", FacultyMember.class).setParameter("school", schoolId).getResultList();
        Map<Long, OverseasExperience> experience = members.experienceOf(
                staff.stream().map(FacultyMember::getId).toList());
        int threshold = members.policy().getOverseasDays();
        return staff.stream().map(member -> {
            OverseasExperience e = experience.getOrDefault(member.getId(), OverseasExperience.of(List.of()));
            return new Candidate(member, e.totalDays(), TutorEligibility.of(member.isActive(), e, threshold));
        }).sorted((a, b) -> Boolean.compare(b.eligibility().eligible(), a.eligibility().eligible())).toList();
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public YoungTutor appoint(Long memberId, String major, int year, String note) {
        FacultyMember member = members.find(memberId);
        OverseasExperience experience = members.experienceOf(List.of(memberId)).getOrDefault(memberId,
                OverseasExperience.of(List.of()));
        TutorEligibility eligibility = TutorEligibility.of(member.isActive(), experience,
                members.policy().getOverseasDays());
        if (!eligibility.eligible()) {
            throw new RuleViolationException("member", eligibility.reasonKey(), eligibility.reasonArgs().toArray());
        }
        YoungTutor tutor = new YoungTutor(member, major, year);
        tutor.setNote(note);
        long same = em.createQuery("select count(t) from YoungTutor t where t.member.id = :member"
                + " and t.major = :major and t.year = :year", Long.class).setParameter("member", memberId)
                .setParameter("major", tutor.getMajor()).setParameter("year", year).getSingleResult();
        if (same > 0) {
            throw new DuplicateValueException("major", tutor.getMajor());
        }
        em.persist(tutor);
        em.flush();
        return tutor;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void remove(Long id, long version) {
        YoungTutor tutor = id == null ? null : em.find(YoungTutor.class, id);
        if (tutor == null || !callers.current().mayAccessSchool(tutor.getMember().getSchool().getId())) {
            throw new RecordNotFoundException("YoungTutor", id);
        }
        Versions.ensureCurrent(tutor, version);
        em.remove(tutor);
    }
}
