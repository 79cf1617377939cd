package org.globaloffice.foreignteacher.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.globaloffice.foreignteacher.control.CoverageCheck;
import org.globaloffice.foreignteacher.control.ExpiryWatch;
import org.globaloffice.platform.entity.BusinessRecord;

/**
 * The figures of foreign-teacher management that vary between universities, as the office sets them (domain: "where
 * a rule varies by province or university it must be configurable data"): how long before an expiry it is flagged,
 * what counts as long-term employment, the usual and the highest weekly teaching load, and how many foreign teachers
 * each school should have teaching in key disciplines, cooperative programs and international-student teaching every
 * semester. There is one such record; its changes are audited like any other.
 */
@Entity
@Table(name = "foreign_teacher_policy")
public class ForeignTeacherPolicy extends BusinessRecord {

    /** The id of the one record. */
    public static final long THE_POLICY = 1L;

    @Id
    private Long id;

    @Min(value = 1, message = "{policy.range}")
    @Max(value = 365, message = "{policy.range}")
    @Column(name = "alert_lead_days", nullable = false)
    private int alertLeadDays = 60;

    @Min(value = 1, message = "{policy.range}")
    @Max(value = 730, message = "{policy.range}")
    @Column(name = "long_term_days", nullable = false)
    private int longTermDays = 90;

    @Min(value = 0, message = "{policy.range}")
    @Max(value = 40, message = "{policy.range}")
    @Column(name = "usual_min_weekly_hours", nullable = false)
    private int usualMinWeeklyHours = 12;

    @Min(value = 1, message = "{policy.range}")
    @Max(value = 40, message = "{policy.range}")
    @Column(name = "max_weekly_hours", nullable = false)
    private int maxWeeklyHours = 16;

    @Min(value = 0, message = "{policy.range}")
    @Max(value = 100, message = "{policy.range}")
    @Column(name = "min_key_discipline_teachers", nullable = false)
    private int minKeyDisciplineTeachers = 1;

    @Min(value = 0, message = "{policy.range}")
    @Max(value = 100, message = "{policy.range}")
    @Column(name = "min_program_teachers", nullable = false)
    private int minProgramTeachers = 1;

    @Min(value = 0, message = "{policy.range}")
    @Max(value = 100, message = "{policy.range}")
    @Column(name = "min_international_teachers", nullable = false)
    private int minInternationalTeachers = 1;

    public ForeignTeacherPolicy() {
    }

    @Override
    public Long getId() {
        return id;
    }

    @AssertTrue(message = "{policy.weeklyHours.order}")
    public boolean isWeeklyHoursInOrder() {
        return usualMinWeeklyHours <= maxWeeklyHours;
    }

    public ExpiryWatch expiryWatch() {
        return new ExpiryWatch(alertLeadDays);
    }

    public CoverageCheck.Minimums coverageMinimums() {
        return new CoverageCheck.Minimums(minKeyDisciplineTeachers, minProgramTeachers, minInternationalTeachers);
    }

    public int getAlertLeadDays() {
        return alertLeadDays;
    }

    public void setAlertLeadDays(int alertLeadDays) {
        this.alertLeadDays = alertLeadDays;
    }

    public int getLongTermDays() {
        return longTermDays;
    }

    public void setLongTermDays(int longTermDays) {
        this.longTermDays = longTermDays;
    }

    public int getUsualMinWeeklyHours() {
        return usualMinWeeklyHours;
    }

    public void setUsualMinWeeklyHours(int usualMinWeeklyHours) {
        this.usualMinWeeklyHours = usualMinWeeklyHours;
    }

    public int getMaxWeeklyHours() {
        return maxWeeklyHours;
    }

    public void setMaxWeeklyHours(int maxWeeklyHours) {
        this.maxWeeklyHours = maxWeeklyHours;
    }

    public int getMinKeyDisciplineTeachers() {
        return minKeyDisciplineTeachers;
    }

    public void setMinKeyDisciplineTeachers(int minKeyDisciplineTeachers) {
        this.minKeyDisciplineTeachers = minKeyDisciplineTeachers;
    }

    public int getMinProgramTeachers() {
        return minProgramTeachers;
    }

    public void setMinProgramTeachers(int minProgramTeachers) {
        this.minProgramTeachers = minProgramTeachers;
    }

    public int getMinInternationalTeachers() {
        return minInternationalTeachers;
    }

    public void setMinInternationalTeachers(int minInternationalTeachers) {
        this.minInternationalTeachers = minInternationalTeachers;
    }
}
