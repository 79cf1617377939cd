package org.globaloffice.web.view.faculty;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globaloffice.faculty.boundary.OutboundVisits;
import org.globaloffice.faculty.control.VisitApproval.State;
import org.globaloffice.faculty.entity.OutboundVisit;
import org.globaloffice.faculty.entity.VisitType;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.web.support.ServiceLazyDataModel;

/**
 * {@code faculty/visits.xhtml}: the outbound visits of the caller's scope by school, state and type; with
 * {@code overdue=true} (the menu's "overdue return reports"), only the approved trips whose report is late.
 */
@Named
@ViewScoped
public class VisitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboundVisits visits;

    @Inject
    Schools schools;

    private ServiceLazyDataModel<OutboundVisit> model;
    private List<School> schoolChoices;
    private Long schoolId;
    private State state;
    private VisitType type;
    private boolean overdue;

    @PostConstruct
    void init() {
        schoolChoices = schools.inScope();
        model = new ServiceLazyDataModel<>(request -> visits.page(request, overdue)).withFilters(this::filters);
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new HashMap<>();
        filters.put("school.id", schoolId);
        filters.put("state", state == null ? null : state.name());
        filters.put("type", type == null ? null : type.name());
        return filters;
    }

    /** Whether the visit's return report is late today: the list marks it. */
    public boolean overdue(OutboundVisit visit) {
        return visits.isReportOverdue(visit);
    }

    public State[] getStates() {
        return State.values();
    }

    public VisitType[] getTypes() {
        return VisitType.values();
    }

    public ServiceLazyDataModel<OutboundVisit> getModel() {
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

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    public VisitType getType() {
        return type;
    }

    public void setType(VisitType type) {
        this.type = type;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }
}
