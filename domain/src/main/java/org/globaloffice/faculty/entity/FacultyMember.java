package org.globaloffice.faculty.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.entity.BusinessRecord;

/**
 * A member of a school's academic staff: the person who takes part in global competence programs and language
 * training, travels abroad, and may be appointed a young tutor. The staff number (工号) is the university's own
 * key for the person; it is kept upper-case, so that "t2019001" and "T2019001" are one person. A member who has left stays on file for the statistics of
 * the years they were here.
 */
@Entity
@Table(name = "faculty_member")
@NamedQuery(name = FacultyMember.BY_STAFF_NUMBER,
        query = "select m from FacultyMember m where m.staffNumber = :staffNumber")
public class FacultyMember extends BusinessRecord {

    public static final String BY_STAFF_NUMBER = "FacultyMember.byStaffNumber";

    @Id
    @SequenceGenerator(name = "faculty_member_seq", sequenceName = "faculty_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "faculty_member_seq")
    private Long id;

    @NotNull(message = "{faculty.school.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @NotBlank(message = "{faculty.staffNumber.required}")
    @Pattern(regexp = "[A-Za-z0-9-]{1,20}", message = "{faculty.staffNumber.pattern}")
    @Column(name = "staff_number", nullable = false, length = 20)
    private String staffNumber;

    @NotBlank(message = "{faculty.chineseName.required}")
    @Size(max = 100, message = "{field.tooLong}")
    @Column(name = "chinese_name", nullable = false, length = 100)
    private String chineseName;

    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "english_name", length = 200)
    private String englishName;

    @NotNull(message = "{faculty.title.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "title", nullable = false, length = 32)
    private AcademicTitle title;

    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "languages", length = 200)
    private String languages;

    @Email(message = "{faculty.email.pattern}")
    @Size(max = 254, message = "{field.tooLong}")
    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    public FacultyMember() {
    }

    public FacultyMember(School school, String staffNumber, String chineseName, AcademicTitle title) {
        this.school = school;
        setStaffNumber(staffNumber);
        setChineseName(chineseName);
        this.title = title;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** The name a list shows: the Chinese name, with the English one after it when there is one. */
    public String displayName() {
        return englishName == null ? chineseName : chineseName + " (" + englishName + ")";
    }

    public School getSchool() {
        return school;
    }

    public void setSchool(School school) {
        this.school = school;
    }

    public String getStaffNumber() {
        return staffNumber;
    }

    public void setStaffNumber(String staffNumber) {
        this.staffNumber = staffNumberKey(staffNumber);
    }

    /** The form in which staff numbers are compared. */
    public static String staffNumberKey(String staffNumber) {
        return staffNumber == null ? null : staffNumber.strip().toUpperCase(Locale.ROOT);
    }

    public String getChineseName() {
        return chineseName;
    }

    public void setChineseName(String chineseName) {
        this.chineseName = chineseName == null ? null : chineseName.strip();
    }

    public String getEnglishName() {
        return englishName;
    }

    public void setEnglishName(String englishName) {
        this.englishName = blankToNull(englishName);
    }

    public AcademicTitle getTitle() {
        return title;
    }

    public void setTitle(AcademicTitle title) {
        this.title = title;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = blankToNull(languages);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = blankToNull(email);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
