package org.globaloffice.foreignteacher.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.globaloffice.audit.Sensitive;
import org.globaloffice.foreignteacher.control.ContractRules;

/**
 * A foreign teacher's employment contract: its term, position, salary and grade, and the weekly teaching load. A
 * contract that follows an earlier one is a renewal, which needs the annual assessment of the year the earlier one
 * ends ({@link ContractRules}). The salary is shown to the office only and masked in the audit trail.
 */
@Entity
@Table(name = "expert_contract")
@NamedQuery(name = ExpertContract.OF_EXPERT,
        query = "select c from ExpertContract c where c.expert.id = :expert order by c.startsOn desc, c.id desc")
public class ExpertContract extends ExpertRecord {

    public static final String OF_EXPERT = "ExpertContract.ofExpert";

    @Id
    @SequenceGenerator(name = "expert_contract_seq", sequenceName = "expert_contract_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expert_contract_seq")
    private Long id;

    @NotNull(message = "{contract.startsOn.required}")
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @NotNull(message = "{contract.endsOn.required}")
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @NotBlank(message = "{contract.position.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "job_position", nullable = false, length = 200)
    private String position;

    @Sensitive(visible = 0)
    @DecimalMin(value = "0", message = "{field.notNegative}")
    @Column(name = "annual_salary", precision = 12, scale = 2)
    private BigDecimal annualSalary;

    @Size(max = 64, message = "{field.tooLong}")
    @Column(name = "salary_grade", length = 64)
    private String salaryGrade;

    @Min(value = 0, message = "{field.notNegative}")
    @Max(value = 40, message = "{field.tooLarge}")
    @Column(name = "weekly_hours", nullable = false)
    private int weeklyHours;

    @Column(name = "renewal", nullable = false)
    private boolean renewal;

    public ExpertContract() {
    }

    public ExpertContract(LocalDate startsOn, LocalDate endsOn, String position, int weeklyHours) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        setPosition(position);
        this.weeklyHours = weeklyHours;
    }

    @Override
    public Long getId() {
        return id;
    }

    public ContractRules.Term term() {
        return new ContractRules.Term(id, startsOn, endsOn);
    }

    /** Whether the term is long-term under the university's threshold (e.g. 90 days; some count 180). */
    public boolean isLongTerm(int longTermDays) {
        return ContractRules.isLongTerm(term(), longTermDays);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position == null ? null : position.strip();
    }

    public BigDecimal getAnnualSalary() {
        return annualSalary;
    }

    public void setAnnualSalary(BigDecimal annualSalary) {
        this.annualSalary = annualSalary;
    }

    public String getSalaryGrade() {
        return salaryGrade;
    }

    public void setSalaryGrade(String salaryGrade) {
        this.salaryGrade = salaryGrade == null || salaryGrade.isBlank() ? null : salaryGrade.strip();
    }

    public int getWeeklyHours() {
        return weeklyHours;
    }

    public void setWeeklyHours(int weeklyHours) {
        this.weeklyHours = weeklyHours;
    }

    public boolean isRenewal() {
        return renewal;
    }

    public void markRenewal(boolean renewal) {
        this.renewal = renewal;
    }
}
