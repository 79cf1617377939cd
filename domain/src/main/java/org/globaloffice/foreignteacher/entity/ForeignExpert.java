package org.globaloffice.foreignteacher.entity;

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
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.globaloffice.audit.NotAudited;
import org.globaloffice.audit.Sensitive;
import org.globaloffice.foreignteacher.control.Candidate;
import org.globaloffice.foreignteacher.control.Degree;
import org.globaloffice.foreignteacher.control.PassportProtection;
import org.globaloffice.foreignteacher.control.PermitCategory;
import org.globaloffice.foreignteacher.control.RecruitmentStage;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.entity.BusinessRecord;
import org.globaloffice.platform.error.RuleViolationException;

/**
 * A foreign teacher or expert (外籍教师/外国专家) of a school, from candidate to on board and beyond. The stage moves
 * only along {@link RecruitmentStage}'s transitions; each move is in the audit trail with who and when. The passport
 * number is stored only encrypted, findable by a keyed hash, and shown (also in the audit trail) as its last four
 * characters.
 */
@Entity
@Table(name = "foreign_expert")
@NamedQuery(name = ForeignExpert.BY_PASSPORT_HASH,
        query = "select e from ForeignExpert e where e.passportHash = :hash")
public class ForeignExpert extends BusinessRecord {

    public static final String BY_PASSPORT_HASH = "ForeignExpert.byPassportHash";

    @Id
    @SequenceGenerator(name = "foreign_expert_seq", sequenceName = "foreign_expert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "foreign_expert_seq")
    private Long id;

    @NotNull(message = "{expert.school.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @NotBlank(message = "{expert.nativeName.required}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "native_name", nullable = false, length = 200)
    private String nativeName;

    @Size(max = 100, message = "{field.tooLong}")
    @Column(name = "chinese_name", length = 100)
    private String chineseName;

    @NotNull(message = "{expert.nationality.required}")
    @Pattern(regexp = "[A-Za-z]{2}", message = "{expert.nationality.pattern}")
    @Column(name = "nationality", nullable = false, length = 2)
    private String nationality;

    @NotNull(message = "{expert.birthDate.required}")
    @Past(message = "{expert.birthDate.past}")
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @NotAudited
    @Column(name = "passport_cipher", nullable = false, length = 200)
    private String passportCipher;

    @NotAudited
    @Column(name = "passport_hash", nullable = false, length = 64)
    private String passportHash;

    /** The last four characters: all that any screen, export or audit row shows of the number. */
    @Column(name = "passport_last4", nullable = false, length = 4)
    private String passportLast4;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "highest_degree", nullable = false, length = 16)
    private Degree highestDegree = Degree.BACHELOR;

    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "field", length = 200)
    private String field;

    @Min(value = 0, message = "{field.notNegative}")
    @Max(value = 70, message = "{field.tooLarge}")
    @Column(name = "experience_years", nullable = false)
    private int experienceYears;

    @Min(value = 0, message = "{field.notNegative}")
    @Max(value = 70, message = "{field.tooLarge}")
    @Column(name = "language_teaching_years", nullable = false)
    private int languageTeachingYears;

    @Pattern(regexp = "[A-Za-z]{2,3}", message = "{expert.language.pattern}")
    @Column(name = "native_language", length = 8)
    private String nativeLanguage;

    @Pattern(regexp = "[A-Za-z]{2,3}", message = "{expert.language.pattern}")
    @Column(name = "language_taught", length = 8)
    private String languageTaught;

    @Column(name = "education_or_language_degree", nullable = false)
    private boolean educationOrLanguageDegree;

    @Column(name = "home_teaching_licence", nullable = false)
    private boolean homeTeachingLicence;

    @Min(value = 0, message = "{field.notNegative}")
    @Max(value = 10000, message = "{field.tooLarge}")
    @Column(name = "tefl_hours", nullable = false)
    private int teflHours;

    @Min(value = 0, message = "{field.notNegative}")
    @Max(value = 200, message = "{field.tooLarge}")
    @Column(name = "points")
    private Integer points;

    /** Visible to OFFICE only (issue 3); masked in the audit trail like every figure of pay. */
    @Sensitive(visible = 0)
    @DecimalMin(value = "0", message = "{field.notNegative}")
    @Column(name = "annual_salary", precision = 12, scale = 2)
    private BigDecimal annualSalary;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "intended_category", nullable = false, length = 24)
    private PermitCategory intendedCategory = PermitCategory.B;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 24)
    private RecruitmentStage stage = RecruitmentStage.CANDIDATE;

    @Column(name = "entry_date")
    private LocalDate entryDate;

    public ForeignExpert() {
    }

    public ForeignExpert(School school, String nativeName, String nationality, LocalDate birthDate) {
        this.school = school;
        setNativeName(nativeName);
        setNationality(nationality);
        this.birthDate = birthDate;
    }

    @Override
    public Long getId() {
        return id;
    }

    /** Keeps the number encrypted, its keyed hash for finding it, and its last four characters for showing it. */
    public void recordPassport(String number, PassportProtection protection) {
        String normalized = number == null ? "" : PassportProtection.normalize(number);
        if (normalized.length() < 5 || normalized.length() > 20 || !normalized.matches("[A-Z0-9]+")) {
            throw new RuleViolationException("passport", "expert.passport.invalid");
        }
        passportCipher = protection.encrypt(normalized);
        passportHash = protection.lookupHash(normalized);
        passportLast4 = normalized.substring(normalized.length() - 4);
    }

    public String revealPassport(PassportProtection protection) {
        return protection.decrypt(passportCipher);
    }

    /** The passport number as every screen and export shows it: the last four characters. */
    public String getMaskedPassport() {
        return passportLast4 == null ? null : "••••" + passportLast4;
    }

    /** Moves to the next stage of recruitment; a step the pipeline does not allow is refused. */
    public void moveTo(RecruitmentStage target) {
        if (!stage.mayMoveTo(target)) {
            throw new RuleViolationException("stage", "expert.stage.notAllowed", stage, target);
        }
        stage = target;
    }

    /** What the permit qualification check reads of this person. */
    public Candidate asCandidate() {
        return new Candidate(birthDate, highestDegree, experienceYears, languageTeachingYears, points, annualSalary,
                nativeLanguage, languageTaught, educationOrLanguageDegree, homeTeachingLicence, teflHours);
    }

    public School getSchool() {
        return school;
    }

    public void setSchool(School school) {
        this.school = school;
    }

    public String getNativeName() {
        return nativeName;
    }

    public void setNativeName(String nativeName) {
        this.nativeName = nativeName == null ? null : nativeName.strip();
    }

    public String getChineseName() {
        return chineseName;
    }

    public void setChineseName(String chineseName) {
        this.chineseName = chineseName == null || chineseName.isBlank() ? null : chineseName.strip();
    }

    public String getNationality() {
        return nationality;
    }

    /** ISO 3166 alpha-2, kept in upper case. */
    public void setNationality(String nationality) {
        this.nationality = nationality == null ? null : nationality.strip().toUpperCase(Locale.ROOT);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Degree getHighestDegree() {
        return highestDegree;
    }

    public void setHighestDegree(Degree highestDegree) {
        this.highestDegree = highestDegree;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public int getExperienceYears() {
        return experienceYears;
    }

    public void setExperienceYears(int experienceYears) {
        this.experienceYears = experienceYears;
    }

    public int getLanguageTeachingYears() {
        return languageTeachingYears;
    }

    public void setLanguageTeachingYears(int languageTeachingYears) {
        this.languageTeachingYears = languageTeachingYears;
    }

    public String getNativeLanguage() {
        return nativeLanguage;
    }

    public void setNativeLanguage(String nativeLanguage) {
        this.nativeLanguage = nativeLanguage == null || nativeLanguage.isBlank() ? null
                : nativeLanguage.strip().toLowerCase(Locale.ROOT);
    }

    public String getLanguageTaught() {
        return languageTaught;
    }

    public void setLanguageTaught(String languageTaught) {
        this.languageTaught = languageTaught == null || languageTaught.isBlank() ? null
                : languageTaught.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isEducationOrLanguageDegree() {
        return educationOrLanguageDegree;
    }

    public void setEducationOrLanguageDegree(boolean educationOrLanguageDegree) {
        this.educationOrLanguageDegree = educationOrLanguageDegree;
    }

    public boolean isHomeTeachingLicence() {
        return homeTeachingLicence;
    }

    public void setHomeTeachingLicence(boolean homeTeachingLicence) {
        this.homeTeachingLicence = homeTeachingLicence;
    }

    public int getTeflHours() {
        return teflHours;
    }

    public void setTeflHours(int teflHours) {
        this.teflHours = teflHours;
    }

    public Integer getPoints() {
        return points;
    }

    public void setPoints(Integer points) {
        this.points = points;
    }

    public BigDecimal getAnnualSalary() {
        return annualSalary;
    }

    public void setAnnualSalary(BigDecimal annualSalary) {
        this.annualSalary = annualSalary;
    }

    public PermitCategory getIntendedCategory() {
        return intendedCategory;
    }

    public void setIntendedCategory(PermitCategory intendedCategory) {
        this.intendedCategory = intendedCategory;
    }

    public RecruitmentStage getStage() {
        return stage;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public void setEntryDate(LocalDate entryDate) {
        this.entryDate = entryDate;
    }
}
