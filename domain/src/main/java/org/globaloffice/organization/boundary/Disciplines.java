package org.globaloffice.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.entity.Versions;
import org.globaloffice.platform.error.DuplicateValueException;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.paging.CriteriaPage;
import org.globaloffice.platform.paging.Page;
import org.globaloffice.platform.paging.PageRequest;
import org.globaloffice.platform.security.Caller;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/**
 * The disciplines of the schools. A LIAISON manages those of their own school; ADMIN and OFFICE those of every
 * school; LEADER and AUDITOR read. A discipline of a school outside the caller's scope is "not found".
 */
@Stateless
public class Disciplines {

    static final Set<String> FILTERABLE = Set.of("code", "name.zh", "name.en", "keyDiscipline", "school.id", "school.code");

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CallerScope callers;

    @Inject
    Schools schools;

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Page<Discipline> page(PageRequest request) {
        Caller caller = callers.current();
        return new CriteriaPage<>(em, Discipline.class, FILTERABLE, FILTERABLE, "school.code", true)
                .inSchool("school.id", caller.schoolId())
                .fetch(request);
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public Discipline find(Long id) {
        Discipline discipline = id == null ? null : em.find(Discipline.class, id);
        if (discipline == null || !callers.current().mayAccessSchool(discipline.getSchool().getId())) {
            throw new RecordNotFoundException("Discipline", id);
        }
        return discipline;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
    public List<Discipline> ofSchool(Long schoolId) {
        schoolInScope(schoolId);
        return em.createNamedQuery(Discipline.OF_SCHOOL, Discipline.class).setParameter("schoolId", schoolId)
                .getResultList();
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public Discipline create(Discipline discipline) {
        if (!discipline.isNew()) {
            throw new IllegalArgumentException("Already saved: use update");
        }
        School school = schoolInScope(discipline.getSchool() == null ? null : discipline.getSchool().getId());
        discipline.setSchool(school);
        ensureCodeFree(school.getId(), discipline.getCode(), null);
        em.persist(discipline);
        em.flush();
        return discipline;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public Discipline update(Discipline changed) {
        Discipline current = find(changed.getId());
        Versions.ensureCurrent(current, changed.getVersion());
        School school = schoolInScope(changed.getSchool() == null ? null : changed.getSchool().getId());
        changed.setSchool(school);
        ensureCodeFree(school.getId(), changed.getCode(), changed.getId());
        Discipline merged = em.merge(changed);
        em.flush();
        return merged;
    }

    @RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON})
    public void delete(Long id, long version) {
        Discipline discipline = find(id);
        Versions.ensureCurrent(discipline, version);
        em.remove(discipline);
        em.flush();
    }

    /** The school, if the caller may act in it; otherwise "not found", as for a record outside the scope. */
    private School schoolInScope(Long schoolId) {
        return schools.find(schoolId);
    }

    private void ensureCodeFree(Long schoolId, String code, Long ownId) {
        em.createNamedQuery(Discipline.BY_SCHOOL_AND_CODE, Discipline.class)
                .setParameter("schoolId", schoolId).setParameter("code", code)
                .getResultStream()
                .filter(other -> !other.getId().equals(ownId))
                .findFirst()
                .ifPresent(other -> {
                    throw new DuplicateValueException("code", code);
                });
    }
}
