package org.globaloffice.cooperation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Who teaches a course and how many of its hours: a Chinese-side or a partner-side teacher, by name, with the
 * foreign-teacher record when one exists.
 */
@Embeddable
public class CourseTeacher implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{course.teacher.side.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 16)
    private TeacherSide side = TeacherSide.PARTNER;

    @NotBlank(message = "{course.teacher.name.required}")
    @Size(max = 100, message = "{field.tooLong}")
    @Column(name = "teacher_name", nullable = false, length = 100)
    private String name;

    @Column(name = "foreign_expert_id")
    private Long foreignExpertId;

    @Min(value = 1, message = "{teaching.hours.positive}")
    @Max(value = 2000, message = "{field.tooLarge}")
    @Column(name = "hours", nullable = false)
    private int hours;

    public CourseTeacher() {
    }

    public CourseTeacher(TeacherSide side, String name, int hours) {
        this.side = side;
        setName(name);
        this.hours = hours;
    }

    public TeacherSide getSide() {
        return side;
    }

    public void setSide(TeacherSide side) {
        this.side = side;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public Long getForeignExpertId() {
        return foreignExpertId;
    }

    public void setForeignExpertId(Long foreignExpertId) {
        this.foreignExpertId = foreignExpertId;
    }

    public int getHours() {
        return hours;
    }

    public void setHours(int hours) {
        this.hours = hours;
    }

    /** How the audit trail shows it: side, name, hours. */
    @Override
    public String toString() {
        return side + " " + name + " " + hours + "h";
    }
}
