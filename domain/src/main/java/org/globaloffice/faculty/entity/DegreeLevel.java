package org.globaloffice.faculty.entity;

/** The level of a degree a faculty member holds. */
public enum DegreeLevel {
    BACHELOR, MASTER, DOCTORATE
}
