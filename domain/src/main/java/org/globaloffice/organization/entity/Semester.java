package org.globaloffice.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * A semester of the university's calendar: the academic year (1 September to 31 August, named by the year it starts
 * in) and its term, 1 for autumn (September to January) and 2 for spring (February to August).
 */
@Embeddable
public class Semester implements Serializable, Comparable<Semester> {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{semester.year.required}")
    @Min(value = 2000, message = "{semester.year.range}")
    @Max(value = 2100, message = "{semester.year.range}")
    @Column(name = "academic_year", nullable = false)
    private Integer academicYear;

    @NotNull(message = "{semester.term.required}")
    @Min(value = 1, message = "{semester.term.range}")
    @Max(value = 2, message = "{semester.term.range}")
    @Column(name = "term", nullable = false)
    private Integer term;

    public Semester() {
    }

    public Semester(int academicYear, int term) {
        this.academicYear = academicYear;
        this.term = term;
    }

    /** The semester a day falls in: September–January is the autumn term, February–August the spring term. */
    public static Semester containing(LocalDate day) {
        Month month = day.getMonth();
        if (month.getValue() >= Month.SEPTEMBER.getValue()) {
            return new Semester(day.getYear(), 1);
        }
        return new Semester(day.getYear() - 1, month == Month.JANUARY ? 1 : 2);
    }

    /** Parses {@code 2026-1} (academic year 2026–2027, autumn term); null for anything else. */
    public static Semester parse(String text) {
        if (text == null || !text.strip().matches("\\d{4}-[12]")) {
            return null;
        }
        String[] parts = text.strip().split("-");
        return new Semester(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    public Semester previous() {
        return term == 2 ? new Semester(academicYear, 1) : new Semester(academicYear - 1, 2);
    }

    public Integer getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(Integer academicYear) {
        this.academicYear = academicYear;
    }

    public Integer getTerm() {
        return term;
    }

    public void setTerm(Integer term) {
        this.term = term;
    }

    /** As {@link #parse} reads it: {@code 2026-1}. */
    @Override
    public String toString() {
        return academicYear + "-" + term;
    }

    @Override
    public int compareTo(Semester other) {
        int byYear = Integer.compare(academicYear, other.academicYear);
        return byYear != 0 ? byYear : Integer.compare(term, other.term);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Semester s && Objects.equals(academicYear, s.academicYear)
                && Objects.equals(term, s.term);
    }

    @Override
    public int hashCode() {
        return Objects.hash(academicYear, term);
    }
}
