package org.globaloffice.cooperation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.globaloffice.platform.entity.BusinessRecord;

/**
 * A course of a cooperative program's curriculum in one academic year: whether it is a core course and whether it
 * was introduced from the foreign partner, its hours, and who teaches them. The four one-thirds check reads these.
 */
@Entity
@Table(name = "curriculum_course")
@NamedQuery(name = CurriculumCourse.OF_PROGRAM_YEAR, query = "select c from CurriculumCourse c"
        + " where c.program.id = :program and c.academicYear = :year order by c.code")
@NamedQuery(name = CurriculumCourse.YEARS_OF_PROGRAM, query = "select distinct c.academicYear from CurriculumCourse c"
        + " where c.program.id = :program order by c.academicYear desc")
@NamedQuery(name = CurriculumCourse.BY_CODE, query = "select c from CurriculumCourse c"
        + " where c.program.id = :program and c.academicYear = :year and lower(c.code) = :code")
public class CurriculumCourse extends BusinessRecord {

    public static final String OF_PROGRAM_YEAR = "CurriculumCourse.ofProgramYear";
    public static final String YEARS_OF_PROGRAM = "CurriculumCourse.yearsOfProgram";
    public static final String BY_CODE = "CurriculumCourse.byCode";

    @Id
    @SequenceGenerator(name = "curriculum_course_seq", sequenceName = "curriculum_course_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curriculum_course_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "program_id", nullable = false, updatable = false)
    private CooperativeProgram program;

    @Min(value = 1990, message = "{program.startYear.range}")
    @Max(value = 2100, message = "{program.startYear.range}")
    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @NotBlank(message = "{course.code.required}")
    @Size(max = 32, message = "{field.tooLong}")
    @Column(name = "code", nullable = false, length = 32)
    private String code;

    @NotBlank(message = "{course.name.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @NotNull(message = "{course.credits.required}")
    @DecimalMin(value = "0", message = "{field.notNegative}")
    @DecimalMax(value = "99.9", message = "{field.tooLarge}")
    @Column(name = "credits", nullable = false, precision = 4, scale = 1)
    private BigDecimal credits = BigDecimal.ZERO;

    @Min(value = 1, message = "{teaching.hours.positive}")
    @Max(value = 2000, message = "{field.tooLarge}")
    @Column(name = "teaching_hours", nullable = false)
    private int teachingHours;

    @Column(name = "core", nullable = false)
    private boolean core;

    @Column(name = "introduced", nullable = false)
    private boolean introduced;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_teacher", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    private List<CourseTeacher> teachers = new ArrayList<>();

    public CurriculumCourse() {
    }

    public CurriculumCourse(CooperativeProgram program, int academicYear, String code, String name, int teachingHours,
            boolean core, boolean introduced) {
        this.program = program;
        this.academicYear = academicYear;
        setCode(code);
        this.name = name;
        this.teachingHours = teachingHours;
        this.core = core;
        this.introduced = introduced;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** Files the course under its program and year; a saved course keeps both. */
    public void placeIn(CooperativeProgram owner, int year) {
        if (isNew()) {
            this.program = owner;
            this.academicYear = year;
        }
    }

    @Override
    public String auditOwner() {
        return program == null ? null : "CooperativeProgram:" + program.getId();
    }

    /** The teachers' hours together; at most the course's hours ({@code course.teachers.tooManyHours}). */
    public int taughtHours() {
        return teachers.stream().mapToInt(CourseTeacher::getHours).sum();
    }

    public int partnerHours() {
        return teachers.stream().filter(t -> t.getSide() == TeacherSide.PARTNER).mapToInt(CourseTeacher::getHours)
                .sum();
    }

    public CooperativeProgram getProgram() {
        return program;
    }

    public int getAcademicYear() {
        return academicYear;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public BigDecimal getCredits() {
        return credits;
    }

    public void setCredits(BigDecimal credits) {
        this.credits = credits;
    }

    public int getTeachingHours() {
        return teachingHours;
    }

    public void setTeachingHours(int teachingHours) {
        this.teachingHours = teachingHours;
    }

    public boolean isCore() {
        return core;
    }

    public void setCore(boolean core) {
        this.core = core;
    }

    public boolean isIntroduced() {
        return introduced;
    }

    public void setIntroduced(boolean introduced) {
        this.introduced = introduced;
    }

    public List<CourseTeacher> getTeachers() {
        return teachers;
    }

    public void setTeachers(List<CourseTeacher> teachers) {
        this.teachers = new ArrayList<>(teachers);
    }
}
