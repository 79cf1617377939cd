package org.globaloffice.audit.entity;

public enum AuditAction {
    CREATE, UPDATE, DELETE,
    /** Somebody was shown a protected value in full (a passport number); the row never holds the value. */
    REVEAL,
    /** Somebody downloaded an archived report again; the row names the file and its checksum. */
    DOWNLOAD
}
