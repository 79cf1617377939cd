package org.globaloffice.web.view.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globaloffice.organization.boundary.Disciplines;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.organization.entity.School;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.globaloffice.web.support.ServiceLazyDataModel;

/** {@code organization/disciplines.xhtml}: disciplines of the caller's scope, filtered by school and key flag. */
@Named
@ViewScoped
public class DisciplinesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Disciplines disciplines;

    @Inject
    Schools schools;

    @Inject
    Failures failures;

    private ServiceLazyDataModel<Discipline> model;
    private List<School> schoolChoices;
    private Long schoolId;
    private Boolean keyOnly;

    @PostConstruct
    void init() {
        Disciplines service = disciplines;
        schoolChoices = schools.inScope();
        model = new ServiceLazyDataModel<>(service::page).withFilters(this::extraFilters);
    }

    private Map<String, Object> extraFilters() {
        Map<String, Object> filters = new HashMap<>();
        filters.put("school.id", schoolId);
        filters.put("keyDiscipline", Boolean.TRUE.equals(keyOnly) ? Boolean.TRUE : null);
        return filters;
    }

    public void delete(Discipline discipline) {
        try {
            disciplines.delete(discipline.getId(), discipline.getVersion());
            Texts.info("discipline.deleted", discipline.getCode());
        } catch (RuntimeException e) {
            failures.show("disciplines", e);
        }
    }

    public ServiceLazyDataModel<Discipline> getModel() {
        return model;
    }

    public List<School> getSchoolChoices() {
        return schoolChoices;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public Boolean getKeyOnly() {
        return keyOnly;
    }

    public void setKeyOnly(Boolean keyOnly) {
        this.keyOnly = keyOnly;
    }
}
