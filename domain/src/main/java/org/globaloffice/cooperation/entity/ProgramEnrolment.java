package org.globaloffice.cooperation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A program's enrolment of one year: the places planned and, once known, the students actually enrolled. */
@Entity
@Table(name = "program_enrolment")
@NamedQuery(name = ProgramEnrolment.OF_PROGRAM, query = "select e from ProgramEnrolment e where e.program.id = :program"
        + " order by e.year desc")
public class ProgramEnrolment extends ProgramRecord {

    public static final String OF_PROGRAM = "ProgramEnrolment.ofProgram";

    @Id
    @SequenceGenerator(name = "program_enrolment_seq", sequenceName = "program_enrolment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_enrolment_seq")
    private Long id;

    @NotNull(message = "{program.year.required}")
    @Min(value = 1990, message = "{program.startYear.range}")
    @Max(value = 2100, message = "{program.startYear.range}")
    @Column(name = "enrolment_year", nullable = false)
    private Integer year;

    @Min(value = 0, message = "{field.notNegative}")
    @Max(value = 100000, message = "{field.tooLarge}")
    @Column(name = "planned", nullable = false)
    private int planned;

    @Min(value = 0, message = "{field.notNegative}")
    @Max(value = 100000, message = "{field.tooLarge}")
    @Column(name = "actual")
    private Integer actual;

    public ProgramEnrolment() {
    }

    public ProgramEnrolment(int year, int planned, Integer actual) {
        this.year = year;
        this.planned = planned;
        this.actual = actual;
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

    public int getPlanned() {
        return planned;
    }

    public void setPlanned(int planned) {
        this.planned = planned;
    }

    public Integer getActual() {
        return actual;
    }

    public void setActual(Integer actual) {
        this.actual = actual;
    }
}
