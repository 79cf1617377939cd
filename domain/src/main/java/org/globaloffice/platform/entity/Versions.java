package org.globaloffice.platform.entity;

import org.globaloffice.platform.error.ConcurrentEditException;

/** Optimistic locking as users meet it: an edit based on an older version is refused, naming who saved since. */
public final class Versions {

    private Versions() {
    }

    public static void ensureCurrent(BusinessRecord current, long versionTheCallerSaw) {
        if (current.getVersion() != versionTheCallerSaw) {
            throw new ConcurrentEditException(current.getUpdatedBy(), current.getUpdatedAt());
        }
    }
}
