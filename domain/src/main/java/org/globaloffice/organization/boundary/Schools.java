package org.globaloffice.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.globaloffice.account.entity.UserAccount;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.entity.Versions;
import org.globaloffice.platform.error.DuplicateValueException;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.platform.paging.CriteriaPage;
import org.globaloffice.platform.paging.Page;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.platform.security.Caller;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * The second-level schools. Everybody signed in reads the schools of their scope (a caller bound to a school reads
 * only that one); ADMIN creates and deletes schools; ADMIN and OFFICE edit them.
 */
@Stateless
public class Schools {

    static final Set<String> FILTERABLE = Set.of("code", "name.zh", "name.en");

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CallerScope callers;

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Page<School> page(PageRequest request) {
        Caller caller = callers.current();
        return new CriteriaPage<>(em, School.class, FILTERABLE, FILTERABLE, "code", true)
                .inSchool("id", caller.schoolId())
                .fetch(request);
    }

    /** The schools of the caller's scope in code order, for choosing one in a form. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<School> inScope() {
        Caller caller = callers.current();
        if (caller.isScopedToSchool()) {
            School own = em.find(School.class, caller.schoolId());
            return own == null ? List.of() : List.of(own);
        }
        return em.createNamedQuery(School.ALL_IN_ORDER, School.class).getResultList();
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public School find(Long id) {
        School school = id == null ? null : em.find(School.class, id);
        if (school == null || !callers.current().mayAccessSchool(school.getId())) {
            throw new RecordNotFoundException("School", id);
        }
        return school;
    }

    /** The display names of the school's liaisons: the accounts with role LIAISON bound to it. */
    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<String> liaisonNames(Long schoolId) {
        find(schoolId);
        return em.createNamedQuery(UserAccount.IN_SCHOOL_WITH_ROLE, UserAccount.class)
                .setParameter("schoolId", schoolId).setParameter("role", Role.LIAISON)
                .getResultStream().map(UserAccount::getDisplayName).toList();
    }

    @RolesAllowed(Role.Name.ADMIN)
    public School create(School school) {
        if (!school.isNew()) {
            throw new IllegalArgumentException("Already saved: use update");
        }
        ensureCodeFree(school.getCode(), null);
        em.persist(school);
        em.flush();
        return school;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE})
    public School update(School changed) {
        School current = find(changed.getId());
        Versions.ensureCurrent(current, changed.getVersion());
        ensureCodeFree(changed.getCode(), changed.getId());
        School merged = em.merge(changed);
        em.flush();
        return merged;
    }

    /** Deletes a school that nothing refers to any more; one with disciplines or accounts is refused. */
    @RolesAllowed(Role.Name.ADMIN)
    public void delete(Long id, long version) {
        School school = find(id);
        Versions.ensureCurrent(school, version);
        long disciplines = em.createNamedQuery(Discipline.COUNT_IN_SCHOOL, Long.class).setParameter("schoolId", id)
                .getSingleResult();
        long accounts = em.createNamedQuery(UserAccount.COUNT_IN_SCHOOL, Long.class).setParameter("schoolId", id)
                .getSingleResult();
        if (disciplines > 0 || accounts > 0) {
            throw new RuleViolationException(null, "school.delete.inUse", disciplines, accounts);
        }
        em.remove(school);
        em.flush();
    }

    private void ensureCodeFree(String code, Long ownId) {
        em.createNamedQuery(School.BY_CODE, School.class).setParameter("code", code).getResultStream()
                .filter(other -> !other.getId().equals(ownId))
                .findFirst()
                .ifPresent(other -> {
                    throw new DuplicateValueException("code", code);
                });
    }
}
