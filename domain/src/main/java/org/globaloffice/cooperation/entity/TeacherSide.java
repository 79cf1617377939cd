package org.globaloffice.cooperation.entity;

/** Whose teacher teaches a course: the Chinese university's or the foreign partner's. */
public enum TeacherSide {
    CHINESE, PARTNER
}
