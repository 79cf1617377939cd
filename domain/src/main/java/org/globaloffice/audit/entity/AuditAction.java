package org.globaloffice.audit.entity;

public enum AuditAction {
    CREATE, UPDATE, DELETE
}
