package org.globaloffice.faculty.entity;

/** A faculty member's academic title (职称), stored by name. */
public enum AcademicTitle {
    PROFESSOR, ASSOCIATE_PROFESSOR, LECTURER, ASSISTANT_LECTURER, RESEARCHER, ASSOCIATE_RESEARCHER, OTHER
}
