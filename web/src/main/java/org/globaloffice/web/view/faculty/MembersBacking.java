package org.globaloffice.web.view.faculty;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globaloffice.faculty.boundary.FacultyMembers;
import org.globaloffice.faculty.entity.AcademicTitle;
import org.globaloffice.faculty.entity.FacultyMember;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.web.support.ServiceLazyDataModel;

/** {@code faculty/members.xhtml}: the faculty members of the caller's scope by school, title and whether on staff. */
@Named
@ViewScoped
public class MembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FacultyMembers members;

    @Inject
    Schools schools;

    private ServiceLazyDataModel<FacultyMember> model;
    private List<School> schoolChoices;
    private Long schoolId;
    private AcademicTitle title;
    private Boolean active = Boolean.TRUE;

    @PostConstruct
    void init() {
        schoolChoices = schools.inScope();
        model = new ServiceLazyDataModel<>(members::page).withFilters(this::filters);
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new HashMap<>();
        filters.put("school.id", schoolId);
        filters.put("title", title == null ? null : title.name());
        filters.put("active", active);
        return filters;
    }

    public AcademicTitle[] getTitles() {
        return AcademicTitle.values();
    }

    public ServiceLazyDataModel<FacultyMember> getModel() {
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

    public AcademicTitle getTitle() {
        return title;
    }

    public void setTitle(AcademicTitle title) {
        this.title = title;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
