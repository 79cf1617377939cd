package org.globaloffice.web.view.foreignteacher;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.globaloffice.foreignteacher.boundary.ExpertTeaching;
import org.globaloffice.foreignteacher.entity.TeachingAssignment;
import org.globaloffice.organization.boundary.Disciplines;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.organization.entity.School;
import org.globaloffice.organization.entity.Semester;
import org.globaloffice.platform.error.RecordNotFoundException;

/** The teaching tab: courses per semester, where they are taught and to whom. */
@Named
@ViewScoped
public class ExpertTeachingTab extends ExpertFileTab<TeachingAssignment> {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpertTeaching teaching;

    @Inject
    Schools schools;

    @Inject
    Disciplines disciplines;

    private Long schoolId;
    private Long disciplineId;
    private List<School> schoolChoices;

    @Override
    protected List<TeachingAssignment> load(Long expertId) {
        return teaching.ofExpert(expertId);
    }

    @Override
    protected TeachingAssignment blank() {
        TeachingAssignment assignment = new TeachingAssignment();
        assignment.setSemester(Semester.containing(LocalDate.now()));
        schoolId = page.getExpert().getSchool().getId();
        disciplineId = null;
        return assignment;
    }

    @Override
    public void edit(TeachingAssignment row) {
        super.edit(row);
        if (getEditing() != null) {
            schoolId = getEditing().getSchool().getId();
            disciplineId = getEditing().getDiscipline() == null ? null : getEditing().getDiscipline().getId();
        }
    }

    @Override
    protected void beforeSave(TeachingAssignment assignment) {
        assignment.setSchool(getSchoolChoices().stream().filter(s -> s.getId().equals(schoolId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("School", schoolId)));
        assignment.setDiscipline(disciplineId == null ? null
                : getDisciplineChoices().stream().filter(d -> d.getId().equals(disciplineId)).findFirst()
                        .orElseThrow(() -> new RecordNotFoundException("Discipline", disciplineId)));
    }

    @Override
    protected TeachingAssignment store(Long expertId, TeachingAssignment assignment) {
        return teaching.save(expertId, assignment);
    }

    @Override
    protected void remove(TeachingAssignment assignment) {
        teaching.delete(assignment.getId(), assignment.getVersion());
    }

    @Override
    protected String formId() {
        return "tabs:teaching";
    }

    public List<School> getSchoolChoices() {
        if (schoolChoices == null) {
            schoolChoices = schools.inScope();
        }
        return schoolChoices;
    }

    /** The disciplines of the chosen school. */
    public List<Discipline> getDisciplineChoices() {
        return schoolId == null ? List.of() : disciplines.ofSchool(schoolId);
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public Long getDisciplineId() {
        return disciplineId;
    }

    public void setDisciplineId(Long disciplineId) {
        this.disciplineId = disciplineId;
    }
}
