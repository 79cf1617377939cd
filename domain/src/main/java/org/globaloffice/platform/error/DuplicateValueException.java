package org.globaloffice.platform.error;

import jakarta.ejb.ApplicationException;

/** A value that must be unique (a school code, a username) is already taken. Names the field for the form. */
@ApplicationException(rollback = true)
public class DuplicateValueException extends RuntimeException {

    private final String field;
    private final String value;

    public DuplicateValueException(String field, String value) {
        super(field + " '" + value + "' is already taken");
        this.field = field;
        this.value = value;
    }

    public String getField() {
        return field;
    }

    public String getValue() {
        return value;
    }
}
