package org.globaloffice.reporting.foreignteacher;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.globaloffice.foreignteacher.control.AlertPlan;
import org.globaloffice.foreignteacher.control.DocumentType;
import org.globaloffice.foreignteacher.control.ExpiryWatch;

/**
 * One stored expiry alert in report (2): whose file, what falls due (a document's expiry, the contract's end, a
 * permit to be obtained after entry) and when.
 *
 * @param documentType the document, for an expiry or a permit due after entry; null for the contract
 */
public record ExpiringReportRow(long id, String teacherName, String chineseName, String school, AlertPlan.Kind kind,
        DocumentType documentType, LocalDate dueOn) {

    /** Days from {@code asOf} to the due date: 0 on the day itself, negative once it has passed. */
    public long daysLeft(LocalDate asOf) {
        return ChronoUnit.DAYS.between(asOf, dueOn);
    }

    /**
     * How urgent it is on {@code asOf}, by the alerts' own rule: overdue once the day has passed, due soon up to and
     * including the day. Not the urgency stored with the alert, which is as of the day the alerts were last
     * computed: the report counts from its window's end, as the days left and the roster's status do.
     */
    public ExpiryWatch.Urgency urgency(LocalDate asOf, ExpiryWatch watch) {
        return watch.urgency(dueOn, asOf).orElse(null);
    }
}
