package org.globaloffice.faculty.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.globaloffice.platform.entity.BusinessRecord;
import org.globaloffice.platform.error.RuleViolationException;

/**
 * A foreign-language training class for faculty and staff (seed 001: English improvement classes for management
 * staff, basic and advanced), run by the office for the whole university, with its enrolled members and the hours
 * each attended.
 */
@Entity
@Table(name = "language_class")
public class LanguageClass extends BusinessRecord {

    @Id
    @SequenceGenerator(name = "language_class_seq", sequenceName = "language_class_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "language_class_seq")
    private Long id;

    @Min(value = 2000, message = "{program.year.range}")
    @Max(value = 2100, message = "{program.year.range}")
    @Column(name = "class_year", nullable = false)
    private int year;

    @NotBlank(message = "{languageClass.title.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @NotBlank(message = "{languageClass.language.required}")
    @Size(max = 50, message = "{field.tooLong}")
    @Column(name = "language", nullable = false, length = 50)
    private String language;

    @NotNull(message = "{languageClass.level.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 20)
    private ClassLevel level;

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
    @Column(name = "teacher", length = 200)
    private String teacher;

    public LanguageClass() {
    }

    public LanguageClass(int year, String title, String language, ClassLevel level, LocalDate startsOn,
            LocalDate endsOn, int hours) {
        this.year = year;
        setTitle(title);
        setLanguage(language);
        this.level = level;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.hours = hours;
    }

    @Override
    public Long getId() {
        return id;
    }

    public void checkConsistency() {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new RuleViolationException("endsOn", "session.dates.order");
        }
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null ? null : language.strip();
    }

    public ClassLevel getLevel() {
        return level;
    }

    public void setLevel(ClassLevel level) {
        this.level = level;
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

    public String getTeacher() {
        return teacher;
    }

    public void setTeacher(String teacher) {
        this.teacher = FacultyMember.blankToNull(teacher);
    }
}
