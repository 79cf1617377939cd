package org.globaloffice.audit.entity;

public enum AuditAction {
    CREATE, UPDATE, DELETE,
    /** Somebody was shown a protected value in full (a passport number); the row never holds the value. */
    REVEAL
}
