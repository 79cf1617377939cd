package org.globaloffice.faculty.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.globaloffice.faculty.control.OverseasExperience;
import org.globaloffice.faculty.control.VisitApproval;
import org.globaloffice.faculty.control.VisitApproval.Action;
import org.globaloffice.faculty.control.VisitApproval.Actor;
import org.globaloffice.faculty.control.VisitApproval.State;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.entity.BusinessRecord;
import org.globaloffice.platform.error.RuleViolationException;

/**
 * An outbound visit (出访) of a faculty member: the application (where, why, when, paid from what), its way through
 * the school leader's and then the office's approval, the traveller's return report after the trip and the
 * school's evaluation and feedback (seed 004 requires both). The state moves only through {@link VisitApproval};
 * the applicant is the user who filed the application — a liaison for a teacher of their school, or an officer.
 * The details of an application can be changed only while it is a draft or has been returned.
 */
@Entity
@Table(name = "outbound_visit")
public class OutboundVisit extends BusinessRecord {

    @Id
    @SequenceGenerator(name = "outbound_visit_seq", sequenceName = "outbound_visit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_visit_seq")
    private Long id;

    @NotNull(message = "{visit.member.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private FacultyMember member;

    /** The traveller's school when the application was filed: whose leader approves, whose liaison sees it. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @NotNull(message = "{visit.type.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "visit_type", nullable = false, length = 32)
    private VisitType type;

    @NotNull(message = "{partner.country.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{expert.nationality.pattern}")
    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @NotBlank(message = "{visit.institution.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "institution", nullable = false, length = 200)
    private String institution;

    @NotBlank(message = "{visit.purpose.required}")
    @Size(max = 1000, message = "{field.tooLong}")
    @Column(name = "purpose", nullable = false, length = 1000)
    private String purpose;

    @NotNull(message = "{visit.departsOn.required}")
    @Column(name = "departs_on", nullable = false)
    private LocalDate departsOn;

    @NotNull(message = "{visit.returnsOn.required}")
    @Column(name = "returns_on", nullable = false)
    private LocalDate returnsOn;

    @NotBlank(message = "{visit.funding.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "funding_source", nullable = false, length = 200)
    private String fundingSource;

    @DecimalMin(value = "0", message = "{field.notNegative}")
    @Digits(integer = 10, fraction = 2, message = "{field.notNegative}")
    @Column(name = "budget", precision = 12, scale = 2)
    private BigDecimal budget;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private State state = State.DRAFT;

    @Column(name = "applicant", nullable = false, length = 64, updatable = false)
    private String applicant;

    @Column(name = "school_decision_by", length = 64)
    private String schoolDecisionBy;

    @Column(name = "school_decision_at")
    private Instant schoolDecisionAt;

    @Size(max = 1000, message = "{field.tooLong}")
    @Column(name = "school_comment", length = 1000)
    private String schoolComment;

    @Column(name = "office_decision_by", length = 64)
    private String officeDecisionBy;

    @Column(name = "office_decision_at")
    private Instant officeDecisionAt;

    @Size(max = 1000, message = "{field.tooLong}")
    @Column(name = "office_comment", length = 1000)
    private String officeComment;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(name = "report_text", length = 4000)
    private String reportText;

    @Column(name = "report_filed_on")
    private LocalDate reportFiledOn;

    @Min(value = 1, message = "{visit.rating.range}")
    @Max(value = 5, message = "{visit.rating.range}")
    @Column(name = "rating")
    private Integer rating;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "evaluation", length = 2000)
    private String evaluation;

    @Column(name = "evaluated_by", length = 64)
    private String evaluatedBy;

    @Column(name = "evaluated_on")
    private LocalDate evaluatedOn;

    /** An application as a form types it, before the service files it under its traveller and applicant. */
    public OutboundVisit() {
    }

    public OutboundVisit(FacultyMember member, String applicant) {
        this.member = member;
        this.school = member.getSchool();
        this.applicant = applicant;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String auditOwner() {
        return member == null ? null : "FacultyMember:" + member.getId();
    }

    /** The details may change only while the application is with its applicant. */
    public boolean isEditable() {
        return state == State.DRAFT || state == State.RETURNED;
    }

    public void checkEditable() {
        if (!isEditable()) {
            throw new RuleViolationException(null, "visit.notEditable", state);
        }
    }

    public void checkDates() {
        if (departsOn != null && returnsOn != null && returnsOn.isBefore(departsOn)) {
            throw new RuleViolationException("returnsOn", "visit.dates.order");
        }
    }

    /** The applicant sends the application, or sends it again after it was returned. */
    public void submit(Actor actor) {
        checkDates();
        state = VisitApproval.next(state, Action.SUBMIT, actor, applicant, null);
    }

    public void withdraw(Actor actor) {
        state = VisitApproval.next(state, Action.WITHDRAW, actor, applicant, null);
    }

    /** The school leader's or the office's approval, whichever step the application is at. */
    public void approve(Actor actor, String comment, Instant at) {
        State before = state;
        state = VisitApproval.next(state, Action.APPROVE, actor, applicant, comment);
        recordDecision(before, actor, comment, at);
    }

    public void sendBack(Actor actor, String comment, Instant at) {
        State before = state;
        state = VisitApproval.next(state, Action.RETURN, actor, applicant, comment);
        recordDecision(before, actor, comment, at);
    }

    private void recordDecision(State before, Actor actor, String comment, Instant at) {
        String text = FacultyMember.blankToNull(comment);
        if (before == State.SUBMITTED) {
            schoolDecisionBy = actor.username();
            schoolDecisionAt = at;
            schoolComment = text;
        } else {
            officeDecisionBy = actor.username();
            officeDecisionAt = at;
            officeComment = text;
        }
    }

    /** The traveller's return report, filed once the trip is over. */
    public void fileReport(Actor actor, String report, LocalDate today) {
        if (report == null || report.isBlank()) {
            throw new RuleViolationException("reportText", "visit.report.required");
        }
        if (today.isBefore(returnsOn)) {
            throw new RuleViolationException("reportText", "visit.report.beforeReturn", returnsOn);
        }
        state = VisitApproval.next(state, Action.FILE_REPORT, actor, applicant, null);
        reportText = report.strip();
        reportFiledOn = today;
    }

    /** The school's evaluation and feedback on a filed report: a rating from 1 to 5 and a comment. */
    public void evaluate(Actor actor, int rating, String comment, LocalDate today) {
        if (rating < 1 || rating > 5) {
            throw new RuleViolationException("rating", "visit.rating.range");
        }
        state = VisitApproval.next(state, Action.EVALUATE, actor, applicant, comment);
        this.rating = rating;
        this.evaluation = comment.strip();
        this.evaluatedBy = actor.username();
        this.evaluatedOn = today;
    }

    /** The last day for the return report. */
    public LocalDate reportDueOn(int reportDays) {
        return VisitApproval.reportDueOn(returnsOn, reportDays);
    }

    public boolean isReportOverdue(LocalDate today, int reportDays) {
        return VisitApproval.isReportOverdue(state, returnsOn, today, reportDays);
    }

    /** An approved trip counts as time abroad, up to {@code today} for one still under way; others do not. */
    public OverseasExperience.Stay asStay(LocalDate today) {
        boolean travelled = state == State.APPROVED || state == State.REPORT_FILED || state == State.EVALUATED;
        if (!travelled || departsOn.isAfter(today)) {
            return null;
        }
        return new OverseasExperience.Stay(departsOn, returnsOn.isAfter(today) ? today : returnsOn,
                OverseasExperience.Source.TRIP);
    }

    public FacultyMember getMember() {
        return member;
    }

    public School getSchool() {
        return school;
    }

    public VisitType getType() {
        return type;
    }

    public void setType(VisitType type) {
        this.type = type;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country == null || country.isBlank() ? null
                : country.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution == null ? null : institution.strip();
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose == null ? null : purpose.strip();
    }

    public LocalDate getDepartsOn() {
        return departsOn;
    }

    public void setDepartsOn(LocalDate departsOn) {
        this.departsOn = departsOn;
    }

    public LocalDate getReturnsOn() {
        return returnsOn;
    }

    public void setReturnsOn(LocalDate returnsOn) {
        this.returnsOn = returnsOn;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(String fundingSource) {
        this.fundingSource = fundingSource == null ? null : fundingSource.strip();
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public State getState() {
        return state;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getSchoolDecisionBy() {
        return schoolDecisionBy;
    }

    public Instant getSchoolDecisionAt() {
        return schoolDecisionAt;
    }

    public String getSchoolComment() {
        return schoolComment;
    }

    public String getOfficeDecisionBy() {
        return officeDecisionBy;
    }

    public Instant getOfficeDecisionAt() {
        return officeDecisionAt;
    }

    public String getOfficeComment() {
        return officeComment;
    }

    public String getReportText() {
        return reportText;
    }

    public LocalDate getReportFiledOn() {
        return reportFiledOn;
    }

    public Integer getRating() {
        return rating;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public String getEvaluatedBy() {
        return evaluatedBy;
    }

    public LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }
}
