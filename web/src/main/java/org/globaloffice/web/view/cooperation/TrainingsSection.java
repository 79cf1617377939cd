package org.globaloffice.web.view.cooperation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.globaloffice.cooperation.boundary.ProgramFiles;
import org.globaloffice.cooperation.entity.TeacherTraining;

/** The training section: the yearly training of the program's full-time teachers and who attended. */
@Named
@ViewScoped
public class TrainingsSection extends ProgramSection<TeacherTraining> {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgramFiles files;

    @Override
    protected List<TeacherTraining> load(Long programId) {
        return files.trainings(programId);
    }

    @Override
    protected TeacherTraining blank() {
        return new TeacherTraining(LocalDate.now(), null, 8, null);
    }

    @Override
    protected TeacherTraining store(Long programId, TeacherTraining training) {
        return files.saveTraining(programId, training);
    }

    @Override
    protected void remove(TeacherTraining training) {
        files.deleteTraining(training.getId(), training.getVersion());
    }

    @Override
    protected String formId() {
        return "trainings";
    }
}
