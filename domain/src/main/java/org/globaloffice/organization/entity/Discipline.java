package org.globaloffice.organization.entity;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.globaloffice.platform.entity.BilingualName;
import org.globaloffice.platform.entity.BusinessRecord;

/**
 * A discipline (学科) of a school. A <em>key discipline</em> (重点学科) matters to the foreign-teacher coverage check:
 * the university must ensure foreign teachers teach in key disciplines every semester (seed 004).
 */
@Entity
@Table(name = "discipline")
@NamedQuery(name = Discipline.BY_SCHOOL_AND_CODE,
        query = "select d from Discipline d where d.school.id = :schoolId and d.code = :code")
@NamedQuery(name = Discipline.COUNT_IN_SCHOOL, query = "select count(d) from Discipline d where d.school.id = :schoolId")
@NamedQuery(name = Discipline.OF_SCHOOL, query = "select d from Discipline d where d.school.id = :schoolId order by d.code")
public class Discipline extends BusinessRecord {

    public static final String BY_SCHOOL_AND_CODE = "Discipline.bySchoolAndCode";
    public static final String COUNT_IN_SCHOOL = "Discipline.countInSchool";
    public static final String OF_SCHOOL = "Discipline.ofSchool";

    @Id
    @SequenceGenerator(name = "discipline_seq", sequenceName = "discipline_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discipline_seq")
    private Long id;

    @NotNull(message = "{discipline.school.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @NotBlank(message = "{discipline.code.required}")
    @Size(max = 16, message = "{field.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.-]*", message = "{discipline.code.pattern}")
    @Column(name = "code", nullable = false, length = 16)
    private String code;

    @Valid
    @Embedded
    private BilingualName name = new BilingualName();

    @Column(name = "key_discipline", nullable = false)
    private boolean keyDiscipline;

    public Discipline() {
    }

    public Discipline(School school, String code, String nameZh, String nameEn, boolean keyDiscipline) {
        this.school = school;
        setCode(code);
        this.name = new BilingualName(nameZh, nameEn);
        this.keyDiscipline = keyDiscipline;
    }

    @Override
    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public void setSchool(School school) {
        this.school = school;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    public BilingualName getName() {
        return name;
    }

    public boolean isKeyDiscipline() {
        return keyDiscipline;
    }

    public void setKeyDiscipline(boolean keyDiscipline) {
        this.keyDiscipline = keyDiscipline;
    }
}
