package org.globaloffice.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.globaloffice.account.control.PasswordHasher;
import org.globaloffice.account.control.PasswordPolicy;
import org.globaloffice.account.entity.UserAccount;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.entity.Versions;
import org.globaloffice.platform.error.DuplicateValueException;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.platform.paging.CriteriaPage;
import org.globaloffice.platform.paging.Page;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * User accounts, managed by ADMIN. An administrator cannot disable their own account or take away their own ADMIN
 * role, so the university never ends up without anyone able to manage accounts by accident.
 */
@Stateless
@RolesAllowed(Role.Name.ADMIN)
public class UserAccounts {

    static final Set<String> FILTERABLE = Set.of("username", "displayName", "email", "enabled", "school.id");
    static final Set<String> SORTABLE = Set.of("username", "displayName", "email", "enabled", "lastSignInAt");

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    CallerScope callers;

    public Page<UserAccount> page(PageRequest request) {
        CriteriaPage<UserAccount> page = new CriteriaPage<>(em, UserAccount.class, FILTERABLE, SORTABLE, "username", true);
        Object role = request.filters().get("role");
        if (role instanceof String name && !name.isBlank()) {
            Role wanted = Role.valueOf(name);
            page.where((cb, root) -> cb.isMember(wanted, root.get("roles")));
        }
        return page.fetch(request);
    }

    public UserAccount find(Long id) {
        UserAccount account = id == null ? null : em.find(UserAccount.class, id);
        if (account == null) {
            throw new RecordNotFoundException("UserAccount", id);
        }
        return account;
    }

    public UserAccount create(UserAccount account, Set<Role> roles, Long schoolId, String password) {
        if (!account.isNew()) {
            throw new IllegalArgumentException("Already saved: use update");
        }
        if (!em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", account.getUsername()).getResultList().isEmpty()) {
            throw new DuplicateValueException("username", account.getUsername());
        }
        account.assign(roles, school(schoolId));
        PasswordPolicy.check(account.getUsername(), password);
        account.changePasswordHash(hasher.hash(password));
        em.persist(account);
        em.flush();
        return account;
    }

    /** Saves the account's details, roles and school; a new password only when one is given. */
    public UserAccount update(UserAccount changed, Set<Role> roles, Long schoolId, String newPassword) {
        UserAccount current = find(changed.getId());
        Versions.ensureCurrent(current, changed.getVersion());
        boolean self = current.getUsername().equals(callers.current().username());
        if (self && !changed.isEnabled()) {
            throw new RuleViolationException("enabled", "user.self.disable");
        }
        if (self && !roles.contains(Role.ADMIN)) {
            throw new RuleViolationException("roles", "user.self.removeAdmin");
        }
        current.setDisplayName(changed.getDisplayName());
        current.setEmail(changed.getEmail());
        current.setEnabled(changed.isEnabled());
        current.assign(roles, school(schoolId));
        if (newPassword != null && !newPassword.isEmpty()) {
            PasswordPolicy.check(current.getUsername(), newPassword);
            current.changePasswordHash(hasher.hash(newPassword));
        }
        em.flush();
        return current;
    }

    /** Lifts a lock after too many failed sign-ins before it runs out by itself. */
    public void unlock(Long id) {
        UserAccount account = find(id);
        em.createNamedQuery(UserAccount.RECORD_FAILURE)
                .setParameter(1, 0).setParameter(2, null).setParameter(3, account.getId())
                .executeUpdate();
    }

    private School school(Long schoolId) {
        if (schoolId == null) {
            return null;
        }
        School school = em.find(School.class, schoolId);
        if (school == null) {
            throw new RecordNotFoundException("School", schoolId);
        }
        return school;
    }
}
