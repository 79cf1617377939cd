package org.globaloffice.audit.control;

import jakarta.inject.Inject;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.util.List;
import java.util.Map;
import org.globaloffice.audit.entity.AuditAction;
import org.globaloffice.platform.entity.BusinessRecord;

/**
 * The audit mechanism: stamps each {@link BusinessRecord} with who changed it and when, and appends one audit row per
 * create, update and delete with the changed attributes' old and new values. The state read from the database is
 * remembered at load, so an update records exactly what it changed.
 */
public class AuditListener {

    @Inject
    AuditWriter writer;

    @PostLoad
    void loaded(BusinessRecord record) {
        record.rememberAuditedState(AuditedState.of(record));
    }

    @PrePersist
    void creating(BusinessRecord record) {
        record.stampCreated(writer.currentUser(), writer.now());
    }

    @PostPersist
    void created(BusinessRecord record) {
        Map<String, String> state = AuditedState.of(record);
        writer.append(AuditAction.CREATE, entityType(record), record.getId(), AuditedState.diff(Map.of(), state),
                record.auditOwner());
        record.rememberAuditedState(state);
    }

    @PreUpdate
    void updating(BusinessRecord record) {
        record.stampUpdated(writer.currentUser(), writer.now());
    }

    @PostUpdate
    void updated(BusinessRecord record) {
        Map<String, String> state = AuditedState.of(record);
        List<FieldChange> changes = AuditedState.diff(record.auditedState(), state);
        if (!changes.isEmpty()) {
            writer.append(AuditAction.UPDATE, entityType(record), record.getId(), changes, record.auditOwner());
        }
        record.rememberAuditedState(state);
    }

    @PreRemove
    void removing(BusinessRecord record) {
        if (record.auditedState() == null) {
            record.rememberAuditedState(AuditedState.of(record));
        }
    }

    @PostRemove
    void removed(BusinessRecord record) {
        writer.append(AuditAction.DELETE, entityType(record), record.getId(),
                AuditedState.diff(record.auditedState(), Map.of()), record.auditOwner());
    }

    static String entityType(Object record) {
        return record.getClass().getSimpleName();
    }
}
