package org.globaloffice.foreignteacher.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.globaloffice.foreignteacher.control.CoverageCheck;
import org.globaloffice.foreignteacher.control.ExpertFiles;
import org.globaloffice.foreignteacher.entity.ForeignTeacherPolicy;
import org.globaloffice.foreignteacher.entity.TeachingAssignment;
import org.globaloffice.organization.boundary.Disciplines;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.organization.entity.School;
import org.globaloffice.organization.entity.Semester;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.platform.security.Role;

/**
 * What foreign teachers teach each semester, and the semester coverage check of seed 004 against the office's
 * minimums. A LIAISON records the teaching of their school's teachers in their school; the coverage check shows a
 * LIAISON their own school only.
 */
@Stateless
public class ExpertTeaching {

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    ExpertFiles files;

    @Inject
    Schools schools;

    @Inject
    Disciplines disciplines;

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<TeachingAssignment> ofExpert(Long expertId) {
        return files.of(TeachingAssignment.class, TeachingAssignment.OF_EXPERT, expertId);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public TeachingAssignment save(Long expertId, TeachingAssignment assignment) {
        School school = schools.find(assignment.getSchool() == null ? null : assignment.getSchool().getId());
        assignment.setSchool(school);
        if (assignment.getDiscipline() != null) {
            Discipline discipline = disciplines.find(assignment.getDiscipline().getId());
            if (!discipline.getSchool().getId().equals(school.getId())) {
                throw new RuleViolationException("discipline", "teaching.discipline.otherSchool");
            }
            assignment.setDiscipline(discipline);
        }
        return files.save(expertId, assignment);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void delete(Long id, long version) {
        files.delete(TeachingAssignment.class, id, version);
    }

    /** Per school of the caller's scope, in code order: the distinct foreign teachers of each kind and shortfalls. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Map<Long, CoverageCheck.SchoolCoverage> coverage(Semester semester) {
        List<Long> schoolIds = schools.inScope().stream().map(School::getId).toList();
        List<CoverageCheck.Assignment> assignments = em
                .createNamedQuery(TeachingAssignment.OF_SEMESTER, TeachingAssignment.class)
                .setParameter("year", semester.getAcademicYear()).setParameter("term", semester.getTerm())
                .getResultStream().filter(a -> schoolIds.contains(a.getSchool().getId()))
                .map(TeachingAssignment::forCoverage).toList();
        ForeignTeacherPolicy policy = em.find(ForeignTeacherPolicy.class, ForeignTeacherPolicy.THE_POLICY);
        return CoverageCheck.of(schoolIds, assignments, policy.coverageMinimums());
    }
}
