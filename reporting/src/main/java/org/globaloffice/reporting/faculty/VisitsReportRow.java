package org.globaloffice.reporting.faculty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.globaloffice.faculty.control.VisitApproval;
import org.globaloffice.faculty.entity.VisitType;

/**
 * One outbound visit (出访) in report (5): who travelled where and why, when, how far its approval and return report
 * have come, and the school's rating of the report.
 *
 * @param budget the visit's budget in CNY; shown to the office only
 */
public record VisitsReportRow(long id, String staffNumber, String chineseName, String englishName, String school,
        VisitType type, String country, String institution, String purpose, LocalDate departsOn,
        LocalDate returnsOn, VisitApproval.State state, LocalDate reportFiledOn, Integer rating, BigDecimal budget) {

    /** The traveller as the faculty pages name them: "王芳 (Fang Wang)", or the Chinese name alone. */
    public String name() {
        return englishName == null || englishName.isBlank() ? chineseName : chineseName + " (" + englishName + ")";
    }

    /** Calendar days of the trip, the day of departure and the day of return both counted. */
    public long days() {
        return ChronoUnit.DAYS.between(departsOn, returnsOn) + 1;
    }

    /** The last day for the return report under the faculty policy's {@code reportDays}. */
    public LocalDate reportDueOn(int reportDays) {
        return VisitApproval.reportDueOn(returnsOn, reportDays);
    }

    /**
     * Whether the return report is late on {@code today}: the visit is approved, still without its report, and the
     * last day has passed. The domain's rule, on the visit's state as it is now.
     */
    public boolean isReportOverdue(LocalDate today, int reportDays) {
        return VisitApproval.isReportOverdue(state, returnsOn, today, reportDays);
    }
}
