package org.globaloffice.faculty.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.globaloffice.faculty.control.CompletionRule;
import org.globaloffice.faculty.control.OverseasExperience;
import org.globaloffice.platform.entity.BusinessRecord;

/**
 * The university's settings for faculty internationalization, one row the office edits: the share of a
 * program's hours that completes it, the days allowed for a return report, and how many days abroad make
 * "overseas experience" (three months by default).
 */
@Entity
@Table(name = "faculty_policy")
public class FacultyPolicy extends BusinessRecord {

    public static final long THE_POLICY = 1L;

    @Id
    private Long id = THE_POLICY;

    @Min(value = 1, message = "{policy.range}")
    @Max(value = 100, message = "{policy.range}")
    @Column(name = "completion_percent", nullable = false)
    private int completionPercent = CompletionRule.DEFAULT_PERCENT;

    @Min(value = 1, message = "{policy.range}")
    @Max(value = 365, message = "{policy.range}")
    @Column(name = "report_days", nullable = false)
    private int reportDays = 30;

    @Min(value = 1, message = "{policy.range}")
    @Max(value = 3650, message = "{policy.range}")
    @Column(name = "overseas_days", nullable = false)
    private int overseasDays = OverseasExperience.THREE_MONTHS_IN_DAYS;

    @Override
    public Long getId() {
        return id;
    }

    public CompletionRule completionRule() {
        return new CompletionRule(completionPercent);
    }

    public int getCompletionPercent() {
        return completionPercent;
    }

    public void setCompletionPercent(int completionPercent) {
        this.completionPercent = completionPercent;
    }

    public int getReportDays() {
        return reportDays;
    }

    public void setReportDays(int reportDays) {
        this.reportDays = reportDays;
    }

    public int getOverseasDays() {
        return overseasDays;
    }

    public void setOverseasDays(int overseasDays) {
        this.overseasDays = overseasDays;
    }
}
