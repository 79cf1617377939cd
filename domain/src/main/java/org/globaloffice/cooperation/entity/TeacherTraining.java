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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A training the program's full-time teachers had in a year: what, when, how many hours and who attended (their
 * names, one per line). A program whose teachers had none this year is flagged.
 */
@Entity
@Table(name = "teacher_training")
@NamedQuery(name = TeacherTraining.OF_PROGRAM, query = "select t from TeacherTraining t where t.program.id = :program"
        + " order by t.heldOn desc")
public class TeacherTraining extends ProgramRecord {

    public static final String OF_PROGRAM = "TeacherTraining.ofProgram";

    @Id
    @SequenceGenerator(name = "teacher_training_seq", sequenceName = "teacher_training_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "teacher_training_seq")
    private Long id;

    @NotNull(message = "{training.heldOn.required}")
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @NotBlank(message = "{training.title.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Min(value = 1, message = "{teaching.hours.positive}")
    @Max(value = 1000, message = "{field.tooLarge}")
    @Column(name = "hours", nullable = false)
    private int hours;

    @NotBlank(message = "{training.attendees.required}")
    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "attendees", nullable = false, length = 2000)
    private String attendees;

    public TeacherTraining() {
    }

    public TeacherTraining(LocalDate heldOn, String title, int hours, String attendees) {
        this.heldOn = heldOn;
        this.title = title;
        this.hours = hours;
        setAttendees(attendees);
    }

    @Override
    public Long getId() {
        return id;
    }

    /** The attendees' names, one per line as typed, without blank lines. */
    public List<String> attendeeNames() {
        return attendees == null ? List.of() : Arrays.stream(attendees.split("\\R")).map(String::strip)
                .filter(n -> !n.isEmpty()).toList();
    }

    /** The attendees on one line, for a table. */
    public String attendeeSummary() {
        return String.join(", ", attendeeNames());
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public int getHours() {
        return hours;
    }

    public void setHours(int hours) {
        this.hours = hours;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees == null ? null : attendees.strip();
    }
}
