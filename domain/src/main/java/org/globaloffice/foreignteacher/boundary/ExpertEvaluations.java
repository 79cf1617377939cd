package org.globaloffice.foreignteacher.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.globaloffice.foreignteacher.control.ExpertFiles;
import org.globaloffice.foreignteacher.entity.AnnualAssessment;
import org.globaloffice.foreignteacher.entity.TeachingEvaluation;
import org.globaloffice.platform.error.DuplicateValueException;
import org.globaloffice.platform.security.Role;

/**
 * The semester teaching evaluations (students', peers' and the school's scores) and the annual assessments of
 * foreign teachers: one evaluation per teacher and semester, one assessment per teacher and year.
 */
@Stateless
public class ExpertEvaluations {

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    ExpertFiles files;

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<TeachingEvaluation> evaluationsOf(Long expertId) {
        return files.of(TeachingEvaluation.class, TeachingEvaluation.OF_EXPERT, expertId);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public TeachingEvaluation save(Long expertId, TeachingEvaluation evaluation) {
        files.expert(expertId);
        boolean taken = em.createNamedQuery(TeachingEvaluation.OF_EXPERT_IN, TeachingEvaluation.class)
                .setParameter("expert", expertId).setParameter("year", evaluation.getSemester().getAcademicYear())
                .setParameter("term", evaluation.getSemester().getTerm()).getResultStream()
                .anyMatch(other -> !other.getId().equals(evaluation.getId()));
        if (taken) {
            throw new DuplicateValueException("semester", evaluation.getSemester().toString());
        }
        return files.save(expertId, evaluation);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void deleteEvaluation(Long id, long version) {
        files.delete(TeachingEvaluation.class, id, version);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<AnnualAssessment> assessmentsOf(Long expertId) {
        return files.of(AnnualAssessment.class, AnnualAssessment.OF_EXPERT, expertId);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public AnnualAssessment save(Long expertId, AnnualAssessment assessment) {
        files.expert(expertId);
        boolean taken = em.createNamedQuery(AnnualAssessment.OF_EXPERT_IN, AnnualAssessment.class)
                .setParameter("expert", expertId).setParameter("year", assessment.getYear()).getResultStream()
                .anyMatch(other -> !other.getId().equals(assessment.getId()));
        if (taken) {
            throw new DuplicateValueException("year", String.valueOf(assessment.getYear()));
        }
        return files.save(expertId, assessment);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void deleteAssessment(Long id, long version) {
        files.delete(AnnualAssessment.class, id, version);
    }
}
