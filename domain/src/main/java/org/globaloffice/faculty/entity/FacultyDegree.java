package org.globaloffice.faculty.entity;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.globaloffice.faculty.control.OverseasExperience;
import org.globaloffice.platform.error.RuleViolationException;

/**
 * A degree a faculty member holds, with where and when it was studied for. A degree studied outside China counts
 * as overseas experience for the whole time of study (shared/domain.md, "Overseas experience").
 */
@Entity
@Table(name = "faculty_degree")
@NamedQuery(name = FacultyDegree.OF_MEMBER,
        query = "select d from FacultyDegree d where d.member.id = :member order by d.conferredOn desc")
public class FacultyDegree extends FacultyRecord {

    public static final String OF_MEMBER = "FacultyDegree.ofMember";

    /** The country code of studies at home; any other country is abroad. */
    public static final String HOME_COUNTRY = "CN";

    @Id
    @SequenceGenerator(name = "faculty_degree_seq", sequenceName = "faculty_degree_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "faculty_degree_seq")
    private Long id;

    @NotNull(message = "{degree.level.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 16)
    private DegreeLevel level;

    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "field", length = 200)
    private String field;

    @NotBlank(message = "{degree.institution.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "institution", nullable = false, length = 200)
    private String institution;

    @NotNull(message = "{degree.country.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{expert.nationality.pattern}")
    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @NotNull(message = "{degree.startedOn.required}")
    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @NotNull(message = "{degree.conferredOn.required}")
    @Column(name = "conferred_on", nullable = false)
    private LocalDate conferredOn;

    public FacultyDegree() {
    }

    public FacultyDegree(DegreeLevel level, String institution, String country, LocalDate startedOn,
            LocalDate conferredOn) {
        this.level = level;
        setInstitution(institution);
        setCountry(country);
        this.startedOn = startedOn;
        this.conferredOn = conferredOn;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** Studies begin before the degree is conferred, and a degree is recorded once it has been conferred. */
    public void checkDates(LocalDate today) {
        if (startedOn != null && conferredOn != null && startedOn.isAfter(conferredOn)) {
            throw new RuleViolationException("conferredOn", "degree.dates.order");
        }
        if (conferredOn != null && conferredOn.isAfter(today)) {
            throw new RuleViolationException("conferredOn", "degree.conferredOn.future");
        }
    }

    public boolean isAbroad() {
        return country != null && !HOME_COUNTRY.equals(country);
    }

    /** The stay abroad the degree stands for, or null for a degree studied at home. */
    public OverseasExperience.Stay asStay() {
        return isAbroad() ? new OverseasExperience.Stay(startedOn, conferredOn, OverseasExperience.Source.DEGREE)
                : null;
    }

    public DegreeLevel getLevel() {
        return level;
    }

    public void setLevel(DegreeLevel level) {
        this.level = level;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = FacultyMember.blankToNull(field);
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution == null ? null : institution.strip();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public LocalDate getConferredOn() {
        return conferredOn;
    }

    public void setConferredOn(LocalDate conferredOn) {
        this.conferredOn = conferredOn;
    }
}
