package org.globaloffice.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.globaloffice.account.control.RoleAssignment;
import org.globaloffice.audit.NotAudited;
import org.globaloffice.audit.Sensitive;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.entity.BusinessRecord;
import org.globaloffice.platform.security.Role;

/**
 * A person who signs in: their roles and, for a LIAISON or a school's LEADER, the one school they act for. The
 * password is kept only as a PBKDF2 hash. Sign-in bookkeeping (failed attempts, lock) is not part of the audited
 * record and is changed by bulk statements, so it never conflicts with an administrator's edit.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.IN_SCHOOL_WITH_ROLE,
        query = "select u from UserAccount u join u.roles r where u.school.id = :schoolId and r = :role order by u.displayName")
@NamedQuery(name = UserAccount.COUNT_IN_SCHOOL, query = "select count(u) from UserAccount u where u.school.id = :schoolId")
@NamedNativeQuery(name = UserAccount.RECORD_FAILURE,
        query = "update user_account set failed_sign_ins = ?, locked_until = ? where id = ?")
@NamedNativeQuery(name = UserAccount.RECORD_SUCCESS,
        query = "update user_account set failed_sign_ins = 0, locked_until = null, last_sign_in_at = ? where id = ?")
public class UserAccount extends BusinessRecord {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String IN_SCHOOL_WITH_ROLE = "UserAccount.inSchoolWithRole";
    public static final String COUNT_IN_SCHOOL = "UserAccount.countInSchool";
    public static final String RECORD_FAILURE = "UserAccount.recordFailure";
    public static final String RECORD_SUCCESS = "UserAccount.recordSuccess";

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @NotBlank(message = "{user.username.required}")
    @Size(min = 3, max = 64, message = "{user.username.size}")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{user.username.pattern}")
    @Column(name = "username", nullable = false, length = 64, updatable = false)
    private String username;

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 100, message = "{field.tooLong}")
    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Email(message = "{user.email.invalid}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(name = "email", length = 200)
    private String email;

    @Sensitive(visible = 0)
    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @ManyToOne
    @JoinColumn(name = "school_id")
    private School school;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @NotAudited
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @NotAudited
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @NotAudited
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    public UserAccount() {
    }

    public UserAccount(String username, String displayName, Set<Role> roles, School school) {
        setUsername(username);
        this.displayName = displayName;
        assign(roles, school);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    /** Usernames are lower case; they cannot change once the account exists (the audit trail refers to them). */
    public void setUsername(String username) {
        if (id == null) {
            this.username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        }
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public School getSchool() {
        return school;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Gives the account its roles and school together, as {@link RoleAssignment} allows. */
    public void assign(Set<Role> newRoles, School newSchool) {
        RoleAssignment.check(newRoles, newSchool != null);
        roles.clear();
        roles.addAll(newRoles);
        this.school = newSchool;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }
}
