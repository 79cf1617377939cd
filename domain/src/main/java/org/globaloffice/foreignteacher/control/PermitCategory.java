package org.globaloffice.foreignteacher.control;

/**
 * Foreigner's work permit categories (外国人来华工作许可): A high-end talent, B professional, B as a language
 * teacher (a B permit with the language-teacher conditions), C others (interns, short-term).
 */
public enum PermitCategory {
    A, B, B_LANGUAGE_TEACHER, C
}
