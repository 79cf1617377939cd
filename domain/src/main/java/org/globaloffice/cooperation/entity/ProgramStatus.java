package org.globaloffice.cooperation.entity;

/** Whether a program enrols: running, enrolment suspended, or ended (kept for its history). */
public enum ProgramStatus {
    ACTIVE, SUSPENDED, ENDED
}
