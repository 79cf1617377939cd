package org.globaloffice.web.view.foreignteacher;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.globaloffice.foreignteacher.boundary.ExpertEvaluations;
import org.globaloffice.foreignteacher.entity.TeachingEvaluation;
import org.globaloffice.organization.entity.Semester;

/** The semester evaluations of the evaluations tab: students', peers' and the school's scores. */
@Named
@ViewScoped
public class ExpertEvaluationsTab extends ExpertFileTab<TeachingEvaluation> {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpertEvaluations evaluations;

    @Override
    protected List<TeachingEvaluation> load(Long expertId) {
        return evaluations.evaluationsOf(expertId);
    }

    @Override
    protected TeachingEvaluation blank() {
        TeachingEvaluation evaluation = new TeachingEvaluation();
        evaluation.setSemester(Semester.containing(LocalDate.now()));
        return evaluation;
    }

    @Override
    protected TeachingEvaluation store(Long expertId, TeachingEvaluation evaluation) {
        return evaluations.save(expertId, evaluation);
    }

    @Override
    protected void remove(TeachingEvaluation evaluation) {
        evaluations.deleteEvaluation(evaluation.getId(), evaluation.getVersion());
    }

    @Override
    protected String formId() {
        return "tabs:evaluations";
    }
}
