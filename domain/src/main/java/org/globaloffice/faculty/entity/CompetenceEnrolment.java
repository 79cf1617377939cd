package org.globaloffice.faculty.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A faculty member taking part in a global competence program. One per member and program. */
@Entity
@Table(name = "competence_enrolment")
public class CompetenceEnrolment extends CompetenceRecord {

    @Id
    @SequenceGenerator(name = "competence_enrolment_seq", sequenceName = "competence_enrolment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competence_enrolment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private FacultyMember member;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    protected CompetenceEnrolment() {
    }

    public CompetenceEnrolment(CompetenceProgram program, FacultyMember member, LocalDate enrolledOn) {
        fileUnder(program);
        this.member = member;
        this.enrolledOn = enrolledOn;
    }

    @Override
    public Long getId() {
        return id;
    }

    public FacultyMember getMember() {
        return member;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }
}
