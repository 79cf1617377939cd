package org.globaloffice.web.view.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globaloffice.audit.boundary.AuditTrail;
import org.globaloffice.audit.entity.AuditAction;
import org.globaloffice.audit.entity.AuditRecord;
import org.globaloffice.platform.paging.CriteriaPage;
import org.globaloffice.web.i18n.DateTimes;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.ServiceLazyDataModel;

/**
 * {@code audit/trail.xhtml}: the audit trail, newest first, filtered by record type and id, user, action and a
 * period of days in the university's time zone. Opened from a record with {@code ?type=…&id=…}.
 */
@Named
@ViewScoped
public class TrailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    @Inject
    DateTimes dateTimes;

    private ServiceLazyDataModel<AuditRecord> model;
    private List<String> entityTypes;
    private String entityType;
    private String entityId;
    private String username;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        AuditTrail service = trail;
        entityTypes = trail.entityTypes();
        model = new ServiceLazyDataModel<>(service::page).withFilters(this::extraFilters);
    }

    private Map<String, Object> extraFilters() {
        Map<String, Object> filters = new HashMap<>();
        filters.put("entityType", entityType);
        filters.put("entityId", entityId);
        filters.put("username", username);
        filters.put("action", action == null ? null : action.name());
        filters.put("occurredAt" + CriteriaPage.FROM, from == null ? null : from.atStartOfDay(dateTimes.zone()).toInstant());
        filters.put("occurredAt" + CriteriaPage.TO,
                to == null ? null : to.plusDays(1).atStartOfDay(dateTimes.zone()).toInstant());
        return filters;
    }

    /** A changed field as users name it ({@code audit.field.…} in the bundles), else as the code names it. */
    public String fieldLabel(String field) {
        return Texts.textOr("audit.field." + field, field);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public ServiceLazyDataModel<AuditRecord> getModel() {
        return model;
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
