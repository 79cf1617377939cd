package org.globaloffice.faculty.entity;

/** The level of a foreign-language training class (seed 001: management staff, basic, advanced). */
public enum ClassLevel {
    MANAGEMENT_STAFF, BASIC, ADVANCED
}
