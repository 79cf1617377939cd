package org.globaloffice.reporting.audit;

import java.time.Instant;
import org.globaloffice.audit.entity.AuditAction;

/**
 * One row of the audit trail in report (7): when (an instant, stored as UTC), who, what was done to which record,
 * the changed attributes as the trail keeps them (JSON, sensitive values already masked) and the record the changed
 * one belongs to ({@code Type:id}), if any.
 */
public record AuditTrailReportRow(long id, Instant occurredAt, String username, AuditAction action,
        String recordType, String recordId, String changesJson, String owner) {
}
