package org.globaloffice.cooperation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.globaloffice.cooperation.control.CurriculumFigures;
import org.globaloffice.cooperation.control.FourThirdsCheck;
import org.globaloffice.cooperation.entity.ComplianceRecord;
import org.globaloffice.cooperation.entity.CooperativeProgram;
import org.globaloffice.cooperation.entity.CurriculumCourse;
import org.globaloffice.foreignteacher.boundary.ForeignExperts;
import org.globaloffice.platform.entity.Versions;
import org.globaloffice.platform.error.DuplicateValueException;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * The curricula of cooperative programs, year by year, and their four one-thirds check. Every change of a course
 * checks the year's curriculum again and, when the result moved, keeps it ({@link ComplianceRecord}) in the same
 * transaction, so the history cannot miss a change. Who may change a program may change its curriculum; who may
 * see it may see the check and its history.
 */
@Stateless
public class Curricula {

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CooperativePrograms programs;

    @Inject
    CallerScope callers;

    @Inject
    ForeignExperts experts;

    Clock clock = Clock.systemUTC();

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<CurriculumCourse> courses(Long programId, int year) {
        programs.find(programId);
        return em.createNamedQuery(CurriculumCourse.OF_PROGRAM_YEAR, CurriculumCourse.class)
                .setParameter("program", programId).setParameter("year", year).getResultList();
    }

    /** The academic years the program has a curriculum for, latest first. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<Integer> years(Long programId) {
        programs.find(programId);
        return em.createNamedQuery(CurriculumCourse.YEARS_OF_PROGRAM, Integer.class).setParameter("program", programId)
                .getResultList();
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public FourThirdsCheck.Result check(Long programId, int year) {
        return CurriculumFigures.check(courses(programId, year));
    }

    /** Every kept result of the program, latest year first and, within a year, latest first. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<ComplianceRecord> history(Long programId) {
        programs.find(programId);
        return em.createNamedQuery(ComplianceRecord.OF_PROGRAM, ComplianceRecord.class)
                .setParameter("program", programId).getResultList();
    }

    /**
     * The latest kept result of each of these programs that the caller may see (of its latest academic year), for
     * the list's compliance badges; a program without a curriculum has none.
     */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public java.util.Map<Long, ComplianceRecord> latest(java.util.Collection<Long> programIds) {
        java.util.Map<Long, ComplianceRecord> latest = new java.util.HashMap<>();
        if (programIds.isEmpty()) {
            return latest;
        }
        em.createQuery("select r from ComplianceRecord r where r.program.id in :ids"
                + " order by r.academicYear desc, r.recordedAt desc, r.id desc", ComplianceRecord.class)
                .setParameter("ids", programIds).getResultStream()
                .filter(r -> callers.current().mayAccessSchool(r.getProgram().getSchool().getId()))
                .forEach(r -> latest.putIfAbsent(r.getProgram().getId(), r));
        return latest;
    }

    /** Adds or changes a course of the program's curriculum of {@code year}; returns the year's check after it. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public FourThirdsCheck.Result save(Long programId, int year, CurriculumCourse course) {
        CooperativeProgram program = programs.find(programId);
        course.getTeachers().stream().map(t -> t.getForeignExpertId()).filter(java.util.Objects::nonNull)
                .forEach(experts::find);
        if (course.taughtHours() > course.getTeachingHours()) {
            throw new RuleViolationException("teachingHours", "course.teachers.tooManyHours", course.taughtHours());
        }
        em.createNamedQuery(CurriculumCourse.BY_CODE, CurriculumCourse.class).setParameter("program", programId)
                .setParameter("year", year).setParameter("code", course.getCode().toLowerCase(Locale.ROOT))
                .getResultStream().filter(other -> !other.getId().equals(course.getId())).findFirst()
                .ifPresent(other -> {
                    throw new DuplicateValueException("code", course.getCode());
                });
        if (course.isNew()) {
            course.placeIn(program, year);
            em.persist(course);
        } else {
            CurriculumCourse current = em.find(CurriculumCourse.class, course.getId());
            if (current == null || !current.getProgram().getId().equals(programId)
                    || current.getAcademicYear() != year) {
                throw new RecordNotFoundException("CurriculumCourse", course.getId());
            }
            Versions.ensureCurrent(current, course.getVersion());
            em.merge(course);
        }
        em.flush();
        return keep(program, year);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public FourThirdsCheck.Result delete(Long courseId, long version) {
        CurriculumCourse course = courseId == null ? null : em.find(CurriculumCourse.class, courseId);
        if (course == null) {
            throw new RecordNotFoundException("CurriculumCourse", courseId);
        }
        CooperativeProgram program = programs.find(course.getProgram().getId());
        Versions.ensureCurrent(course, version);
        int year = course.getAcademicYear();
        em.remove(course);
        em.flush();
        return keep(program, year);
    }

    private FourThirdsCheck.Result keep(CooperativeProgram program, int year) {
        FourThirdsCheck.Result result = CurriculumFigures.check(
                em.createNamedQuery(CurriculumCourse.OF_PROGRAM_YEAR, CurriculumCourse.class)
                        .setParameter("program", program.getId()).setParameter("year", year).getResultList());
        ComplianceRecord.Figures figures = CurriculumFigures.figures(result);
        boolean moved = em.createNamedQuery(ComplianceRecord.LATEST, ComplianceRecord.class)
                .setParameter("program", program.getId()).setParameter("year", year).setMaxResults(1)
                .getResultStream().findFirst().map(last -> !last.figures().equals(figures)).orElse(true);
        if (moved) {
            em.persist(new ComplianceRecord(program, year, figures, callers.current().username(), Instant.now(clock)));
        }
        return result;
    }
}
