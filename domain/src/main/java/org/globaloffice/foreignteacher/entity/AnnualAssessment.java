package org.globaloffice.foreignteacher.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.globaloffice.foreignteacher.control.AssessmentResult;

/**
 * The annual assessment of a foreign teacher's performance and contract fulfilment (domain: "an annual assessment
 * of performance and contract fulfilment before renewal"): the result, comments and whether the school recommends
 * renewing the contract. One per teacher and calendar year; a renewal needs the one of the year the contract ends.
 */
@Entity
@Table(name = "annual_assessment")
@NamedQuery(name = AnnualAssessment.OF_EXPERT,
        query = "select a from AnnualAssessment a where a.expert.id = :expert order by a.year desc")
@NamedQuery(name = AnnualAssessment.OF_EXPERT_IN,
        query = "select a from AnnualAssessment a where a.expert.id = :expert and a.year = :year")
public class AnnualAssessment extends ExpertRecord {

    public static final String OF_EXPERT = "AnnualAssessment.ofExpert";
    public static final String OF_EXPERT_IN = "AnnualAssessment.ofExpertIn";

    @Id
    @SequenceGenerator(name = "annual_assessment_seq", sequenceName = "annual_assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annual_assessment_seq")
    private Long id;

    @NotNull(message = "{assessment.year.required}")
    @Min(value = 2000, message = "{semester.year.range}")
    @Max(value = 2100, message = "{semester.year.range}")
    @Column(name = "assessed_year", nullable = false)
    private Integer year;

    @NotNull(message = "{assessment.result.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "assessment_result", nullable = false, length = 24)
    private AssessmentResult result;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "comments", length = 2000)
    private String comments;

    @Column(name = "recommend_renewal", nullable = false)
    private boolean recommendRenewal;

    public AnnualAssessment() {
    }

    public AnnualAssessment(int year, AssessmentResult result, boolean recommendRenewal) {
        this.year = year;
        this.result = result;
        this.recommendRenewal = recommendRenewal;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public AssessmentResult getResult() {
        return result;
    }

    public void setResult(AssessmentResult result) {
        this.result = result;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments == null || comments.isBlank() ? null : comments.strip();
    }

    public boolean isRecommendRenewal() {
        return recommendRenewal;
    }

    public void setRecommendRenewal(boolean recommendRenewal) {
        this.recommendRenewal = recommendRenewal;
    }
}
