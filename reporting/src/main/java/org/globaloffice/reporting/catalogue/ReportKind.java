package org.globaloffice.reporting.catalogue;

import java.util.Set;
import org.globaloffice.platform.security.Role;

/**
 * The reports of the catalogue (the seven), with who may make each: every report is for the office, the
 * leaders, the auditors and ADMIN, and a school's liaison makes those about their own school; the audit trail is
 * for those who may read it.
 */
public enum ReportKind {
    ROSTER, EXPIRING, COVERAGE, PROGRAMS, VISITS, TRAINING, AUDIT_TRAIL;

    private static final Set<Role> AUDIT_READERS = Set.of(Role.ADMIN, Role.OFFICE, Role.AUDITOR);

    public String titleKey() {
        return "report." + key() + ".title";
    }

    /** The report's name in keys and file names: {@code roster}, {@code audit-trail}. */
    public String key() {
        return switch (this) {
            case AUDIT_TRAIL -> "auditTrail";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    public boolean mayBeMadeBy(Set<Role> roles) {
        return this == AUDIT_TRAIL ? roles.stream().anyMatch(AUDIT_READERS::contains) : !roles.isEmpty();
    }
}
