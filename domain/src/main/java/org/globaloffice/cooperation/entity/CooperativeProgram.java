package org.globaloffice.cooperation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.organization.entity.School;
import org.globaloffice.partner.entity.PartnerInstitution;
import org.globaloffice.platform.entity.BilingualName;
import org.globaloffice.platform.entity.BusinessRecord;

/**
 * A Sino-foreign cooperative education program (中外合作办学项目) of a school, approved by the Ministry of Education
 * under its approval number, run with one or more foreign partner institutions. Its curriculum of each academic
 * year must meet the four one-thirds rule (教外综〔2006〕5号); the history of that check is kept.
 */
@Entity
@Table(name = "coop_program")
@NamedQuery(name = CooperativeProgram.BY_APPROVAL, query = "select p from CooperativeProgram p"
        + " where lower(p.approvalNumber) = :number")
public class CooperativeProgram extends BusinessRecord {

    public static final String BY_APPROVAL = "CooperativeProgram.byApproval";

    @Id
    @SequenceGenerator(name = "coop_program_seq", sequenceName = "coop_program_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coop_program_seq")
    private Long id;

    @NotNull(message = "{program.school.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @ManyToOne
    @JoinColumn(name = "discipline_id")
    private Discipline discipline;

    @Valid
    @Embedded
    private BilingualName name = new BilingualName();

    @NotBlank(message = "{program.approvalNumber.required}")
    @Size(max = 64, message = "{field.tooLong}")
    @Column(name = "approval_number", nullable = false, length = 64)
    private String approvalNumber;

    @NotNull(message = "{program.level.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "program_level", nullable = false, length = 16)
    private ProgramLevel level = ProgramLevel.BACHELOR;

    @Min(value = 1990, message = "{program.startYear.range}")
    @Max(value = 2100, message = "{program.startYear.range}")
    @Column(name = "start_year", nullable = false)
    private int startYear = LocalDate.now().getYear();

    @Column(name = "agreement_ends_on")
    private LocalDate agreementEndsOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ProgramStatus status = ProgramStatus.ACTIVE;

    @ManyToMany
    @JoinTable(name = "coop_program_partner", joinColumns = @JoinColumn(name = "program_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    @OrderBy("nameOriginal")
    private List<PartnerInstitution> partners = new ArrayList<>();

    public CooperativeProgram() {
    }

    public CooperativeProgram(School school, String nameZh, String nameEn, String approvalNumber, ProgramLevel level,
            int startYear) {
        this.school = school;
        this.name = new BilingualName(nameZh, nameEn);
        setApprovalNumber(approvalNumber);
        this.level = level;
        this.startYear = startYear;
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

    public Discipline getDiscipline() {
        return discipline;
    }

    public void setDiscipline(Discipline discipline) {
        this.discipline = discipline;
    }

    public BilingualName getName() {
        return name;
    }

    public String getApprovalNumber() {
        return approvalNumber;
    }

    public void setApprovalNumber(String approvalNumber) {
        this.approvalNumber = approvalNumber == null ? null : approvalNumber.strip();
    }

    public ProgramLevel getLevel() {
        return level;
    }

    public void setLevel(ProgramLevel level) {
        this.level = level;
    }

    public int getStartYear() {
        return startYear;
    }

    public void setStartYear(int startYear) {
        this.startYear = startYear;
    }

    public LocalDate getAgreementEndsOn() {
        return agreementEndsOn;
    }

    public void setAgreementEndsOn(LocalDate agreementEndsOn) {
        this.agreementEndsOn = agreementEndsOn;
    }

    public ProgramStatus getStatus() {
        return status;
    }

    public void setStatus(ProgramStatus status) {
        this.status = status;
    }

    public List<PartnerInstitution> getPartners() {
        return partners;
    }

    public void setPartners(List<PartnerInstitution> partners) {
        this.partners = new ArrayList<>(partners);
    }
}
