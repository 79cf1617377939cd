package org.globaloffice.platform.error;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist, or the caller may not see it: both answer the same, so that a caller outside the
 * record's school cannot even learn that it exists.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    private final String entityType;
    private final Object id;

    public RecordNotFoundException(String entityType, Object id) {
        super(entityType + " " + id + " not found");
        this.entityType = entityType;
        this.id = id;
    }

    public String getEntityType() {
        return entityType;
    }

    public Object getId() {
        return id;
    }
}
