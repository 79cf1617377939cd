package org.globaloffice.faculty.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The result of a foreign-language test a member took (an IELTS, the university's own English test, ...). The
 * results feed the teachers' performance appraisal (seed 004), for which they are exported.
 */
@Entity
@Table(name = "language_assessment")
@NamedQuery(name = LanguageAssessment.OF_MEMBER,
        query = "select a from LanguageAssessment a where a.member.id = :member order by a.takenOn desc")
public class LanguageAssessment extends FacultyRecord {

    public static final String OF_MEMBER = "LanguageAssessment.ofMember";

    @Id
    @SequenceGenerator(name = "language_assessment_seq", sequenceName = "language_assessment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "language_assessment_seq")
    private Long id;

    @NotBlank(message = "{assessment.test.required}")
    @Size(max = 100, message = "{field.tooLong}")
    @Column(name = "test_name", nullable = false, length = 100)
    private String testName;

    @NotNull(message = "{assessment.takenOn.required}")
    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;

    @NotNull(message = "{assessment.score.required}")
    @DecimalMin(value = "0", message = "{field.notNegative}")
    @DecimalMax(value = "1000", message = "{assessment.score.range}")
    @Column(name = "score", nullable = false, precision = 7, scale = 2)
    private BigDecimal score;

    @Column(name = "passed", nullable = false)
    private boolean passed;

    public LanguageAssessment() {
    }

    public LanguageAssessment(String testName, LocalDate takenOn, BigDecimal score, boolean passed) {
        setTestName(testName);
        this.takenOn = takenOn;
        this.score = score;
        this.passed = passed;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTestName() {
        return testName;
    }

    public void setTestName(String testName) {
        this.testName = testName == null ? null : testName.strip();
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public void setTakenOn(LocalDate takenOn) {
        this.takenOn = takenOn;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public boolean isPassed() {
        return passed;
    }

    public void setPassed(boolean passed) {
        this.passed = passed;
    }
}
