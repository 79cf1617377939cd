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
import org.globaloffice.platform.entity.BusinessRecord;
import org.globaloffice.platform.error.RuleViolationException;

/** A member enrolled in a language class, with the hours of it they attended so far. */
@Entity
@Table(name = "language_enrolment")
public class LanguageEnrolment extends BusinessRecord {

    @Id
    @SequenceGenerator(name = "language_enrolment_seq", sequenceName = "language_enrolment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "language_enrolment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "class_id", nullable = false, updatable = false)
    private LanguageClass languageClass;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private FacultyMember member;

    @Column(name = "attended_hours", nullable = false)
    private int attendedHours;

    protected LanguageEnrolment() {
    }

    public LanguageEnrolment(LanguageClass languageClass, FacultyMember member) {
        this.languageClass = languageClass;
        this.member = member;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String auditOwner() {
        return languageClass == null ? null : "LanguageClass:" + languageClass.getId();
    }

    public LanguageClass getLanguageClass() {
        return languageClass;
    }

    public FacultyMember getMember() {
        return member;
    }

    public int getAttendedHours() {
        return attendedHours;
    }

    public void setAttendedHours(int attendedHours) {
        if (attendedHours < 0 || attendedHours > languageClass.getHours()) {
            throw new RuleViolationException("attendedHours", "attendance.hours.range", languageClass.getHours());
        }
        this.attendedHours = attendedHours;
    }
}
