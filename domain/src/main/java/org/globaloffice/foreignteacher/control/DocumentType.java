package org.globaloffice.foreignteacher.control;

import java.util.OptionalInt;

/**
 * The documents of a foreign teacher's file. A health check and a criminal-record certificate must be recent when
 * filed; the work permit is due within 15 days of entry and the residence permit within 30.
 */
public enum DocumentType {
    HEALTH_CHECK(true, null),
    CRIMINAL_RECORD(true, null),
    DEGREE_AUTHENTICATION(false, null),
    WORK_PERMIT_NOTICE(false, null),
    Z_VISA(false, null),
    WORK_PERMIT(false, 15),
    RESIDENCE_PERMIT(false, 30);

    private final boolean mustBeRecent;
    private final Integer daysAfterEntry;

    DocumentType(boolean mustBeRecent, Integer daysAfterEntry) {
        this.mustBeRecent = mustBeRecent;
        this.daysAfterEntry = daysAfterEntry;
    }

    /** Whether it must have been issued within the freshness period when it is filed. */
    public boolean mustBeRecent() {
        return mustBeRecent;
    }

    /** Days after entry into China by which it must have been obtained, if the rules set such a deadline. */
    public OptionalInt daysAfterEntry() {
        return daysAfterEntry == null ? OptionalInt.empty() : OptionalInt.of(daysAfterEntry);
    }
}
