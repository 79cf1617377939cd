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
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.entity.BusinessRecord;

/**
 * A year's global competence building program for faculty (seed 000: five sessions, 150 participants, over 30
 * teaching hours a session). It has sessions, each with its lecturers; faculty members enrol in the program and
 * attend its sessions; who attended enough of its hours completes it and may download a certificate. Organised by
 * the office for the whole university (no school) or by one school, whose liaison then keeps it.
 */
@Entity
@Table(name = "competence_program")
public class CompetenceProgram extends BusinessRecord {

    @Id
    @SequenceGenerator(name = "competence_program_seq", sequenceName = "competence_program_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competence_program_seq")
    private Long id;

    @Min(value = 2000, message = "{program.year.range}")
    @Max(value = 2100, message = "{program.year.range}")
    @Column(name = "program_year", nullable = false)
    private int year;

    @NotBlank(message = "{competence.title.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @NotBlank(message = "{competence.organiser.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "organiser", nullable = false, length = 200)
    private String organiser;

    @ManyToOne
    @JoinColumn(name = "school_id")
    private School school;

    @DecimalMin(value = "0", message = "{field.notNegative}")
    @Digits(integer = 10, fraction = 2, message = "{field.money}")
    @Column(name = "budget", precision = 12, scale = 2)
    private BigDecimal budget;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "description", length = 2000)
    private String description;

    public CompetenceProgram() {
    }

    public CompetenceProgram(int year, String title, String organiser) {
        this.year = year;
        setTitle(title);
        setOrganiser(organiser);
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser == null ? null : organiser.strip();
    }

    /** The organising school, or null for a program of the whole university. */
    public School getSchool() {
        return school;
    }

    public void setSchool(School school) {
        this.school = school;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = FacultyMember.blankToNull(description);
    }
}
