package org.globaloffice.audit.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.globaloffice.audit.control.FieldChange;

/**
 * One append-only row of the audit trail: who did what to which record, when (UTC), with the changed attributes.
 * Rows are written by {@link org.globaloffice.audit.control.AuditWriter}; this mapping is read-only.
 */
@Entity
@jakarta.persistence.Cacheable(false)
@Table(name = "audit_record")
@NamedQuery(name = AuditRecord.FOR_OWNER,
        query = "select a from AuditRecord a where (a.entityType = :type and a.entityId = :id) or a.ownerRef = :owner"
                + " order by a.occurredAt desc, a.id desc")
@NamedQuery(name = AuditRecord.FOR_ENTITY,
        query = "select a from AuditRecord a where a.entityType = :type and a.entityId = :id order by a.occurredAt desc, a.id desc")
public class AuditRecord {

    public static final String FOR_ENTITY = "AuditRecord.forEntity";
    public static final String FOR_OWNER = "AuditRecord.forOwner";

    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "entity_type", nullable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 64)
    private String entityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditAction action;

    @Column(nullable = false, length = 32000)
    private String changes;

    @Column(name = "owner_ref", length = 96)
    private String ownerRef;

    protected AuditRecord() {
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getOwnerRef() {
        return ownerRef;
    }

    public AuditAction getAction() {
        return action;
    }

    public List<FieldChange> getChanges() {
        try (var reader = Json.createReader(new StringReader(changes))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class).stream()
                    .map(o -> new FieldChange(o.getString("field"), text(o.get("old")), text(o.get("new"))))
                    .toList();
        }
    }

    private static String text(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                ? null : ((jakarta.json.JsonString) value).getString();
    }
}
