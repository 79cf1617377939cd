/**
 * Importing records from an Excel workbook (XLSX) and the template users fill in for it, whatever the records are:
 * the machinery the foreign-teacher roster and the faculty roster share. A feature describes its columns (an enum
 * implementing {@link org.globaloffice.platform.sheet.SheetColumn}) and its texts (a bundle in Chinese and English),
 * and gets a reader that never throws for a bad file, reports every problem at the row and column Excel shows, and a
 * bilingual template with choice lists and an instructions sheet. What a row means, and the rules that need more
 * than the file (the caller's schools, the records on file), stay with the feature.
 */
package org.globaloffice.platform.sheet;
