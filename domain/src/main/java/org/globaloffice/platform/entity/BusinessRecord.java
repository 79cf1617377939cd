package org.globaloffice.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.globaloffice.audit.control.AuditListener;

/**
 * A record users create, change and delete: optimistically locked, stamped with who made and last changed it,
 * and audited. Every create, update and delete of a subclass writes an audit row in the same transaction
 * ({@link AuditListener}); a feature gets its audit trail by extending this class, not by writing audit code.
 */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class BusinessRecord {

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    /** The audited attribute values as last read from or written to the database. */
    @Transient
    private transient Map<String, String> auditedState;

    public abstract Long getId();

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /**
     * The record this one belongs to, as {@code Type:id}, when its changes are part of another record's history
     * (a teacher's document is part of the teacher's); null for a record that stands on its own.
     */
    public String auditOwner() {
        return null;
    }

    public boolean isNew() {
        return getId() == null;
    }

    public void stampCreated(String user, Instant at) {
        this.createdBy = user;
        this.createdAt = at;
        stampUpdated(user, at);
    }

    public void stampUpdated(String user, Instant at) {
        this.updatedBy = user;
        this.updatedAt = at;
    }

    public Map<String, String> auditedState() {
        return auditedState;
    }

    public void rememberAuditedState(Map<String, String> state) {
        this.auditedState = state;
    }
}
