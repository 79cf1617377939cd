package org.globaloffice.web.view.foreignteacher;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globaloffice.foreignteacher.boundary.ExpiryAlerts;
import org.globaloffice.foreignteacher.control.AlertPlan;
import org.globaloffice.foreignteacher.control.ExpiryWatch;
import org.globaloffice.foreignteacher.entity.ExpiryAlert;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.globaloffice.web.support.ServiceLazyDataModel;

/**
 * {@code foreignteacher/alerts.xhtml}: everything of the teachers' files expiring or due within the lead time, or
 * overdue, earliest first; a LIAISON sees their school's only (the service scopes the query).
 */
@Named
@ViewScoped
public class AlertsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExpiryAlerts alerts;

    @Inject
    Schools schools;

    @Inject
    Failures failures;

    private ServiceLazyDataModel<ExpiryAlert> model;
    private List<School> schoolChoices;
    private Long schoolId;
    private ExpiryWatch.Urgency urgency;
    private AlertPlan.Kind kind;

    @PostConstruct
    void init() {
        ExpiryAlerts service = alerts;
        schoolChoices = schools.inScope();
        model = new ServiceLazyDataModel<>(service::page).withFilters(this::filters);
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new HashMap<>();
        filters.put("school.id", schoolId);
        filters.put("urgency", urgency == null ? null : urgency.name());
        filters.put("kind", kind == null ? null : kind.name());
        return filters;
    }

    public void recompute() {
        try {
            Texts.info("alert.recomputed", alerts.recomputeNow());
        } catch (RuntimeException e) {
            failures.show("alerts", e);
        }
    }

    public ExpiryWatch.Urgency[] getUrgencies() {
        return ExpiryWatch.Urgency.values();
    }

    public AlertPlan.Kind[] getKinds() {
        return AlertPlan.Kind.values();
    }

    public ServiceLazyDataModel<ExpiryAlert> getModel() {
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

    public ExpiryWatch.Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(ExpiryWatch.Urgency urgency) {
        this.urgency = urgency;
    }

    public AlertPlan.Kind getKind() {
        return kind;
    }

    public void setKind(AlertPlan.Kind kind) {
        this.kind = kind;
    }
}
