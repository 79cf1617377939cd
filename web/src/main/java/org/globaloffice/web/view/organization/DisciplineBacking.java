package org.globaloffice.web.view.organization;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.globaloffice.organization.boundary.Disciplines;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.omnifaces.util.Faces;

/** {@code organization/discipline.xhtml?id=…}: edits a discipline, or creates one (optionally for {@code school}). */
@Named
@ViewScoped
public class DisciplineBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Disciplines disciplines;

    @Inject
    Schools schools;

    @Inject
    Failures failures;

    private Long id;
    private Long school;
    private Discipline discipline;
    private Long schoolId;
    private List<School> schoolChoices;

    public void load() throws IOException {
        if (discipline != null) {
            return;
        }
        schoolChoices = schools.inScope();
        try {
            discipline = id == null ? new Discipline() : disciplines.find(id);
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, e.getMessage());
            Faces.responseComplete();
            return;
        }
        if (discipline.getSchool() != null) {
            schoolId = discipline.getSchool().getId();
        } else if (school != null) {
            schoolId = school;
        } else if (schoolChoices.size() == 1) {
            schoolId = schoolChoices.get(0).getId();
        }
    }

    public void save() throws IOException {
        try {
            discipline.setSchool(schoolChoices.stream().filter(s -> s.getId().equals(schoolId)).findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("School", schoolId)));
            Discipline saved = discipline.isNew() ? disciplines.create(discipline) : disciplines.update(discipline);
            Texts.info("discipline.saved", saved.getCode());
            Faces.redirect(Faces.getRequestContextPath() + "/organization/disciplines.xhtml");
        } catch (RuntimeException e) {
            failures.show("form", e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSchool() {
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public List<School> getSchoolChoices() {
        return schoolChoices;
    }
}
