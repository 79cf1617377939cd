package org.globaloffice.cooperation.entity;

/** Where a program's annual report (self-evaluation) stands: due, submitted to the authorities, accepted by them. */
public enum ReportStatus {
    DUE, SUBMITTED, ACCEPTED
}
