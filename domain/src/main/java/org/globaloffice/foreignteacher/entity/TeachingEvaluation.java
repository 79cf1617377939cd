package org.globaloffice.foreignteacher.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.globaloffice.organization.entity.Semester;

/**
 * The teaching evaluation of a foreign teacher for one semester (seed 004: an evaluation and feedback mechanism):
 * the students', peers' and school's scores out of 100, and comments. One per teacher and semester.
 */
@Entity
@Table(name = "teaching_evaluation")
@NamedQuery(name = TeachingEvaluation.OF_EXPERT, query = "select e from TeachingEvaluation e where e.expert.id = :expert"
        + " order by e.semester.academicYear desc, e.semester.term desc")
@NamedQuery(name = TeachingEvaluation.OF_EXPERT_IN, query = "select e from TeachingEvaluation e"
        + " where e.expert.id = :expert and e.semester.academicYear = :year and e.semester.term = :term")
public class TeachingEvaluation extends ExpertRecord {

    public static final String OF_EXPERT = "TeachingEvaluation.ofExpert";
    public static final String OF_EXPERT_IN = "TeachingEvaluation.ofExpertIn";

    @Id
    @SequenceGenerator(name = "teaching_evaluation_seq", sequenceName = "teaching_evaluation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "teaching_evaluation_seq")
    private Long id;

    @Valid
    @NotNull
    @Embedded
    private Semester semester = new Semester();

    @DecimalMin(value = "0", message = "{evaluation.score.range}")
    @DecimalMax(value = "100", message = "{evaluation.score.range}")
    @Column(name = "student_score", precision = 5, scale = 2)
    private BigDecimal studentScore;

    @DecimalMin(value = "0", message = "{evaluation.score.range}")
    @DecimalMax(value = "100", message = "{evaluation.score.range}")
    @Column(name = "peer_score", precision = 5, scale = 2)
    private BigDecimal peerScore;

    @DecimalMin(value = "0", message = "{evaluation.score.range}")
    @DecimalMax(value = "100", message = "{evaluation.score.range}")
    @Column(name = "school_score", precision = 5, scale = 2)
    private BigDecimal schoolScore;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "comments", length = 2000)
    private String comments;

    public TeachingEvaluation() {
    }

    public TeachingEvaluation(Semester semester, BigDecimal studentScore, BigDecimal peerScore, BigDecimal schoolScore) {
        this.semester = semester;
        this.studentScore = studentScore;
        this.peerScore = peerScore;
        this.schoolScore = schoolScore;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Semester getSemester() {
        return semester;
    }

    public void setSemester(Semester semester) {
        this.semester = semester;
    }

    public BigDecimal getStudentScore() {
        return studentScore;
    }

    public void setStudentScore(BigDecimal studentScore) {
        this.studentScore = studentScore;
    }

    public BigDecimal getPeerScore() {
        return peerScore;
    }

    public void setPeerScore(BigDecimal peerScore) {
        this.peerScore = peerScore;
    }

    public BigDecimal getSchoolScore() {
        return schoolScore;
    }

    public void setSchoolScore(BigDecimal schoolScore) {
        this.schoolScore = schoolScore;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments == null || comments.isBlank() ? null : comments.strip();
    }
}
