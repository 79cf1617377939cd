package org.globaloffice.faculty.entity;

/** The kinds of outbound visit (出访) shared/domain.md names. */
public enum VisitType {
    VISITING_SCHOLAR, LECTURING, SHORT_TERM_TRAINING, INTERNATIONAL_CONFERENCE, COOPERATIVE_RESEARCH
}
