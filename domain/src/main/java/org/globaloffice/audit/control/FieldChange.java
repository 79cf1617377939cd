package org.globaloffice.audit.control;

/** One changed attribute of a record: its old and new value as shown in the audit trail (masked where sensitive). */
public record FieldChange(String field, String oldValue, String newValue) {
}
