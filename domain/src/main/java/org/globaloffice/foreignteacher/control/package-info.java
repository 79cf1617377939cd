/**
 * The rules of foreign teachers and experts (shared/domain.md, "Foreign teachers and experts"), as plain classes:
 * the work-permit qualification check, the validity of documents and the deadlines after entry, the recruitment
 * pipeline, the semester coverage check and the protection of passport numbers. Every figure that varies between
 * universities comes in as a parameter (the settings), never as a constant of the rule.
 */
package org.globaloffice.foreignteacher.control;
