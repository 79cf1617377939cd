package org.globaloffice.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
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

    @NotBlank(message = "{discipline.nameZh.required}")
    @Size(max = 100, message = "{field.tooLong}")
    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @NotBlank(message = "{discipline.nameEn.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "key_discipline", nullable = false)
    private boolean keyDiscipline;

    public Discipline() {
    }

    public Discipline(School school, String code, String nameZh, String nameEn, boolean keyDiscipline) {
        this.school = school;
        setCode(code);
        setNameZh(nameZh);
        setNameEn(nameEn);
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

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh == null ? null : nameZh.strip();
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn == null ? null : nameEn.strip();
    }

    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public boolean isKeyDiscipline() {
        return keyDiscipline;
    }

    public void setKeyDiscipline(boolean keyDiscipline) {
        this.keyDiscipline = keyDiscipline;
    }
}
