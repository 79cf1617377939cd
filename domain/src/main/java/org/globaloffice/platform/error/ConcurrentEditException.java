package org.globaloffice.platform.error;

import jakarta.ejb.ApplicationException;
import java.time.Instant;

/**
 * Somebody else saved the record after the caller loaded it (optimistic lock on {@code @Version}). Tells who and
 * when, so the user can reload and decide; nothing of the caller's change is saved.
 */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public ConcurrentEditException(String changedBy, Instant changedAt) {
        super("Changed meanwhile by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
