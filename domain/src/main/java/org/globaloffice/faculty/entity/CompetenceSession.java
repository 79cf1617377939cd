package org.globaloffice.faculty.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.globaloffice.platform.error.RuleViolationException;

/**
 * One session of a global competence program: a theme taught over some days for a number of teaching hours, by
 * its lecturers, in a place or online. The hours are what attendance and completion are measured against.
 */
@Entity
@Table(name = "competence_session")
@NamedQuery(name = CompetenceSession.OF_PROGRAM,
        query = "select s from CompetenceSession s where s.program.id = :program order by s.startsOn, s.id")
public class CompetenceSession extends CompetenceRecord {

    public static final String OF_PROGRAM = "CompetenceSession.ofProgram";

    @Id
    @SequenceGenerator(name = "competence_session_seq", sequenceName = "competence_session_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competence_session_seq")
    private Long id;

    @NotBlank(message = "{session.theme.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "theme", nullable = false, length = 200)
    private String theme;

    @NotNull(message = "{session.startsOn.required}")
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @NotNull(message = "{session.endsOn.required}")
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Min(value = 1, message = "{teaching.hours.positive}")
    @Max(value = 1000, message = "{field.tooLarge}")
    @Column(name = "hours", nullable = false)
    private int hours;

    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "place", length = 200)
    private String place;

    @Size(max = 500, message = "{field.tooLong}")
    @Pattern(regexp = "https?://\\S+", message = "{partner.website.pattern}")
    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Valid
    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SessionLecturer> lecturers = new ArrayList<>();

    public CompetenceSession() {
    }

    public CompetenceSession(String theme, LocalDate startsOn, LocalDate endsOn, int hours) {
        setTheme(theme);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.hours = hours;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** A session ends on or after its first day, and happens somewhere: a place, a link, or both. */
    public void checkConsistency() {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new RuleViolationException("endsOn", "session.dates.order");
        }
        if (place == null && onlineLink == null) {
            throw new RuleViolationException("place", "session.place.required");
        }
    }

    public SessionLecturer addLecturer(String name, LecturerKind kind, String institution) {
        SessionLecturer lecturer = new SessionLecturer(this, name, kind, institution);
        lecturers.add(lecturer);
        return lecturer;
    }

    /** Lecturers as one line for a table: "name (institution)". */
    public String lecturerSummary() {
        return String.join(", ", lecturers.stream().map(SessionLecturer::summary).toList());
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme == null ? null : theme.strip();
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public int getHours() {
        return hours;
    }

    public void setHours(int hours) {
        this.hours = hours;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = FacultyMember.blankToNull(place);
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = FacultyMember.blankToNull(onlineLink);
    }

    public List<SessionLecturer> getLecturers() {
        return lecturers;
    }
}
