package org.globaloffice.organization.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.globaloffice.platform.entity.BilingualName;
import org.globaloffice.platform.entity.BusinessRecord;
import org.globaloffice.platform.error.RuleViolationException;

/**
 * A second-level school (二级学院): a college or faculty of the university, the unit that owns most records. Each
 * school has a foreign-affairs leading group (seed 004) with at most one chair, and liaisons, who are user accounts
 * bound to it. A LIAISON of one school never sees another school's records.
 */
@Entity
@Table(name = "school")
@NamedQuery(name = School.BY_CODE, query = "select s from School s where s.code = :code")
@NamedQuery(name = School.ALL_IN_ORDER, query = "select s from School s order by s.code")
public class School extends BusinessRecord {

    public static final String BY_CODE = "School.byCode";
    public static final String ALL_IN_ORDER = "School.allInOrder";
    public static final int MAX_LEADING_GROUP = 30;

    @Id
    @SequenceGenerator(name = "school_seq", sequenceName = "school_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_seq")
    private Long id;

    @NotBlank(message = "{school.code.required}")
    @Size(max = 16, message = "{field.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "{school.code.pattern}")
    @Column(name = "code", nullable = false, length = 16)
    private String code;

    @Valid
    @Embedded
    private BilingualName name = new BilingualName();

    @Valid
    @Size(max = MAX_LEADING_GROUP, message = "{school.leadingGroup.tooMany}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "school_leading_group_member", joinColumns = @JoinColumn(name = "school_id"))
    @OrderColumn(name = "position")
    private List<LeadingGroupMember> leadingGroup = new ArrayList<>();

    public School() {
    }

    public School(String code, String nameZh, String nameEn) {
        setCode(code);
        this.name = new BilingualName(nameZh, nameEn);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** Codes are compared and shown in upper case, without surrounding blanks. */
    public void setCode(String code) {
        this.code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    public BilingualName getName() {
        return name;
    }

    public List<LeadingGroupMember> getLeadingGroup() {
        return List.copyOf(leadingGroup);
    }

    public LeadingGroupMember getChair() {
        return leadingGroup.stream().filter(LeadingGroupMember::isChair).findFirst().orElse(null);
    }

    /** Replaces the leading group; a group has at most one chair. */
    public void replaceLeadingGroup(List<LeadingGroupMember> members) {
        if (members.stream().filter(LeadingGroupMember::isChair).count() > 1) {
            throw new RuleViolationException("leadingGroup", "school.leadingGroup.oneChair");
        }
        leadingGroup.clear();
        leadingGroup.addAll(members);
    }
}
