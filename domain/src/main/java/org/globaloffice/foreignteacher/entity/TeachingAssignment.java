package org.globaloffice.foreignteacher.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.globaloffice.foreignteacher.control.CoverageCheck;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.organization.entity.School;
import org.globaloffice.organization.entity.Semester;

/**
 * A course a foreign teacher teaches in a semester: where (school, discipline), how many hours, and whether it is
 * part of a Sino-foreign cooperative program or taught to international students. These feed the semester coverage
 * check ({@link CoverageCheck}).
 */
@Entity
@Table(name = "teaching_assignment")
@NamedQuery(name = TeachingAssignment.OF_EXPERT, query = "select t from TeachingAssignment t where t.expert.id = :expert"
        + " order by t.semester.academicYear desc, t.semester.term desc, t.course, t.id")
@NamedQuery(name = TeachingAssignment.OF_SEMESTER, query = "select t from TeachingAssignment t"
        + " where t.semester.academicYear = :year and t.semester.term = :term")
public class TeachingAssignment extends ExpertRecord {

    public static final String OF_EXPERT = "TeachingAssignment.ofExpert";
    public static final String OF_SEMESTER = "TeachingAssignment.ofSemester";

    @Id
    @SequenceGenerator(name = "teaching_assignment_seq", sequenceName = "teaching_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "teaching_assignment_seq")
    private Long id;

    @Valid
    @NotNull
    @Embedded
    private Semester semester = new Semester();

    @NotBlank(message = "{teaching.course.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "course", nullable = false, length = 200)
    private String course;

    @NotNull(message = "{teaching.school.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @ManyToOne
    @JoinColumn(name = "discipline_id")
    private Discipline discipline;

    @Min(value = 1, message = "{teaching.hours.positive}")
    @Max(value = 2000, message = "{field.tooLarge}")
    @Column(name = "hours", nullable = false)
    private int hours;

    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "cooperative_program", length = 200)
    private String cooperativeProgram;

    @Column(name = "international_students", nullable = false)
    private boolean internationalStudents;

    public TeachingAssignment() {
    }

    public TeachingAssignment(Semester semester, String course, School school, int hours) {
        this.semester = semester;
        setCourse(course);
        this.school = school;
        this.hours = hours;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** What the coverage check reads of this assignment. */
    public CoverageCheck.Assignment forCoverage() {
        return new CoverageCheck.Assignment(getExpert().getId(), school.getId(),
                discipline != null && discipline.isKeyDiscipline(), cooperativeProgram != null, internationalStudents);
    }

    public Semester getSemester() {
        return semester;
    }

    public void setSemester(Semester semester) {
        this.semester = semester;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course == null ? null : course.strip();
    }

    public School getSchool() {
        return school;
    }

    public void setSchool(School school) {
        this.school = school;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public void setDiscipline(Discipline discipline) {
        this.discipline = discipline;
    }

    public int getHours() {
        return hours;
    }

    public void setHours(int hours) {
        this.hours = hours;
    }

    public String getCooperativeProgram() {
        return cooperativeProgram;
    }

    public void setCooperativeProgram(String cooperativeProgram) {
        this.cooperativeProgram = cooperativeProgram == null || cooperativeProgram.isBlank() ? null
                : cooperativeProgram.strip();
    }

    public boolean isInternationalStudents() {
        return internationalStudents;
    }

    public void setInternationalStudents(boolean internationalStudents) {
        this.internationalStudents = internationalStudents;
    }
}
