package org.globaloffice.faculty.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A young tutor for students' international development (seed 001): a teacher with overseas experience appointed
 * for one major and one year. Eligibility is checked when the appointment is made
 * ({@link org.globaloffice.faculty.control.TutorEligibility}).
 */
@Entity
@Table(name = "young_tutor")
public class YoungTutor extends FacultyRecord {

    @Id
    @SequenceGenerator(name = "young_tutor_seq", sequenceName = "young_tutor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "young_tutor_seq")
    private Long id;

    @NotBlank(message = "{tutor.major.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "major", nullable = false, length = 200)
    private String major;

    @Min(value = 2000, message = "{program.year.range}")
    @Max(value = 2100, message = "{program.year.range}")
    @Column(name = "tutor_year", nullable = false)
    private int year;

    @Size(max = 1000, message = "{field.tooLong}")
    @Column(name = "note", length = 1000)
    private String note;

    public YoungTutor() {
    }

    public YoungTutor(FacultyMember member, String major, int year) {
        fileUnder(member);
        setMajor(major);
        this.year = year;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getMajor() {
        return major;
    }

    public void setMajor(String major) {
        this.major = major == null ? null : major.strip();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = FacultyMember.blankToNull(note);
    }
}
