package org.globaloffice.web.view.foreignteacher;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.globaloffice.foreignteacher.boundary.ExpertEvaluations;
import org.globaloffice.foreignteacher.control.AssessmentResult;
import org.globaloffice.foreignteacher.entity.AnnualAssessment;

/** The annual assessments of the evaluations tab: result, comments and whether to renew. */
@Named
@ViewScoped
public class ExpertAssessmentsTab extends ExpertFileTab<AnnualAssessment> {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpertEvaluations evaluations;

    @Override
    protected List<AnnualAssessment> load(Long expertId) {
        return evaluations.assessmentsOf(expertId);
    }

    @Override
    protected AnnualAssessment blank() {
        AnnualAssessment assessment = new AnnualAssessment();
        assessment.setYear(LocalDate.now().getYear());
        return assessment;
    }

    @Override
    protected AnnualAssessment store(Long expertId, AnnualAssessment assessment) {
        return evaluations.save(expertId, assessment);
    }

    @Override
    protected void remove(AnnualAssessment assessment) {
        evaluations.deleteAssessment(assessment.getId(), assessment.getVersion());
    }

    @Override
    protected String formId() {
        return "tabs:assessments";
    }

    public AssessmentResult[] getResults() {
        return AssessmentResult.values();
    }
}
