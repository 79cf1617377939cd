package org.globaloffice.faculty.entity;

/** Where a session's lecturer comes from: the university, another Chinese institution, or abroad. */
public enum LecturerKind {
    INTERNAL, EXTERNAL, FOREIGN
}
