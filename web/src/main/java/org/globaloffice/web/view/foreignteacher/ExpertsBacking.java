package org.globaloffice.web.view.foreignteacher;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globaloffice.foreignteacher.boundary.ForeignExperts;
import org.globaloffice.foreignteacher.control.PermitCategory;
import org.globaloffice.foreignteacher.control.RecruitmentStage;
import org.globaloffice.foreignteacher.entity.ForeignExpert;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.web.support.ServiceLazyDataModel;

/** {@code foreignteacher/experts.xhtml}: foreign teachers and experts of the caller's scope, by school and stage. */
@Named
@ViewScoped
public class ExpertsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForeignExperts experts;

    @Inject
    Schools schools;

    private ServiceLazyDataModel<ForeignExpert> model;
    private List<School> schoolChoices;
    private Long schoolId;
    private RecruitmentStage stage;
    private PermitCategory category;
    private String alert;

    @PostConstruct
    void init() {
        ForeignExperts service = experts;
        schoolChoices = schools.inScope();
        model = new ServiceLazyDataModel<>(service::page).withFilters(this::extraFilters);
    }

    private Map<String, Object> extraFilters() {
        Map<String, Object> filters = new HashMap<>();
        filters.put("school.id", schoolId);
        filters.put("stage", stage == null ? null : stage.name());
        filters.put("intendedCategory", category == null ? null : category.name());
        filters.put(ForeignExperts.ALERT_FILTER, alert);
        return filters;
    }

    public RecruitmentStage[] getStages() {
        return RecruitmentStage.values();
    }

    public PermitCategory[] getCategories() {
        return PermitCategory.values();
    }

    public PermitCategory getCategory() {
        return category;
    }

    public void setCategory(PermitCategory category) {
        this.category = category;
    }

    /** {@code ANY}, {@code DUE_SOON} or {@code OVERDUE}; null for every teacher. */
    public String getAlert() {
        return alert;
    }

    public void setAlert(String alert) {
        this.alert = alert;
    }

    public ServiceLazyDataModel<ForeignExpert> getModel() {
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

    public RecruitmentStage getStage() {
        return stage;
    }

    public void setStage(RecruitmentStage stage) {
        this.stage = stage;
    }
}
