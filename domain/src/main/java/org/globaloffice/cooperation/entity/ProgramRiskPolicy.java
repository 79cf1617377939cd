package org.globaloffice.cooperation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.globaloffice.cooperation.control.RiskFlags;
import org.globaloffice.platform.entity.BusinessRecord;

/** The thresholds of the programs' risk flags: one row, the office's to set (the figures of domain.md to start). */
@Entity
@Table(name = "program_risk_policy")
public class ProgramRiskPolicy extends BusinessRecord {

    public static final long THE_POLICY = 1L;

    @Id
    private Long id = THE_POLICY;

    @Min(value = 1, message = "{policy.range}")
    @Max(value = 10, message = "{policy.range}")
    @Column(name = "report_gap_years", nullable = false)
    private int reportGapYears = 2;

    @Min(value = 1, message = "{policy.range}")
    @Max(value = 10, message = "{policy.range}")
    @Column(name = "enrolment_gap_years", nullable = false)
    private int enrolmentGapYears = 3;

    @Min(value = 0, message = "{policy.range}")
    @Max(value = 1095, message = "{policy.range}")
    @Column(name = "agreement_lead_days", nullable = false)
    private int agreementLeadDays = 180;

    @Override
    public Long getId() {
        return id;
    }

    public RiskFlags.Thresholds thresholds() {
        return new RiskFlags.Thresholds(reportGapYears, enrolmentGapYears, agreementLeadDays);
    }

    public int getReportGapYears() {
        return reportGapYears;
    }

    public void setReportGapYears(int reportGapYears) {
        this.reportGapYears = reportGapYears;
    }

    public int getEnrolmentGapYears() {
        return enrolmentGapYears;
    }

    public void setEnrolmentGapYears(int enrolmentGapYears) {
        this.enrolmentGapYears = enrolmentGapYears;
    }

    public int getAgreementLeadDays() {
        return agreementLeadDays;
    }

    public void setAgreementLeadDays(int agreementLeadDays) {
        this.agreementLeadDays = agreementLeadDays;
    }
}
