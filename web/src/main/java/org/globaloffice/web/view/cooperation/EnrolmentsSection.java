package org.globaloffice.web.view.cooperation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.globaloffice.cooperation.boundary.ProgramFiles;
import org.globaloffice.cooperation.entity.ProgramEnrolment;

/** The enrolment section: places planned and students enrolled, year by year. */
@Named
@ViewScoped
public class EnrolmentsSection extends ProgramSection<ProgramEnrolment> {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgramFiles files;

    @Override
    protected List<ProgramEnrolment> load(Long programId) {
        return files.enrolments(programId);
    }

    @Override
    protected ProgramEnrolment blank() {
        return new ProgramEnrolment(LocalDate.now().getYear(), 0, null);
    }

    @Override
    protected ProgramEnrolment store(Long programId, ProgramEnrolment enrolment) {
        return files.saveEnrolment(programId, enrolment);
    }

    @Override
    protected void remove(ProgramEnrolment enrolment) {
        files.deleteEnrolment(enrolment.getId(), enrolment.getVersion());
    }

    @Override
    protected String formId() {
        return "enrolments";
    }
}
