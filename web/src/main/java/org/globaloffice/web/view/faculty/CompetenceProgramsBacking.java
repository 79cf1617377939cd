package org.globaloffice.web.view.faculty;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globaloffice.faculty.boundary.CompetencePrograms;
import org.globaloffice.faculty.entity.CompetenceProgram;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.web.support.ServiceLazyDataModel;

/**
 * {@code faculty/competence-programs.xhtml}: the global competence programs the caller can see, by year, title,
 * organiser and organising school (or the whole university).
 */
@Named
@ViewScoped
public class CompetenceProgramsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The organiser choice that keeps the programs of the whole university. */
    public static final String UNIVERSITY = "university";

    @Inject
    CompetencePrograms programs;

    @Inject
    Schools schools;

    private ServiceLazyDataModel<CompetenceProgram> model;
    private List<School> schoolChoices;
    private Integer year;
    private String organisedBy;

    @PostConstruct
    void init() {
        CompetencePrograms service = programs;
        schoolChoices = schools.inScope();
        model = new ServiceLazyDataModel<>(service::page).withFilters(this::filters);
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new HashMap<>();
        filters.put("year", year);
        if (UNIVERSITY.equals(organisedBy)) {
            filters.put(CompetencePrograms.UNIVERSITY_WIDE, Boolean.TRUE);
        } else if (organisedBy != null && organisedBy.matches("\\d+")) {
            filters.put("school.id", Long.valueOf(organisedBy));
        }
        return filters;
    }

    public ServiceLazyDataModel<CompetenceProgram> getModel() {
        return model;
    }

    public List<School> getSchoolChoices() {
        return schoolChoices;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    /** Null for every program, {@value #UNIVERSITY} for the university's own, else a school's id. */
    public String getOrganisedBy() {
        return organisedBy;
    }

    public void setOrganisedBy(String organisedBy) {
        this.organisedBy = organisedBy;
    }
}
