package org.globaloffice.foreignteacher.control;

/** The result of a foreign teacher's annual assessment: excellent, competent, basically competent, incompetent. */
public enum AssessmentResult {
    EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT
}
