package org.globaloffice.foreignteacher.control;

/** Highest degree, in order, so that "at least a bachelor's" is a comparison. */
public enum Degree {
    NONE, ASSOCIATE, BACHELOR, MASTER, DOCTORATE;

    public boolean atLeast(Degree other) {
        return compareTo(other) >= 0;
    }
}
