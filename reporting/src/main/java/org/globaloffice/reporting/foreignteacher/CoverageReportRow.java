package org.globaloffice.reporting.foreignteacher;

import org.globaloffice.foreignteacher.control.CoverageCheck;
import org.globaloffice.organization.entity.Semester;

/**
 * One school in one semester of report (3): the distinct foreign teachers teaching in key disciplines, in cooperative
 * programs and to international students, against the office's minimums, as the coverage check computes them.
 */
public record CoverageReportRow(String school, Semester semester, CoverageCheck.SchoolCoverage coverage) {
}
