package org.globaloffice.reporting.overview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.globaloffice.platform.security.Caller;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/** Counts for the start page. Reads only; scoped like every domain query. */
@Stateless
@RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
public class OrganizationOverview {

    /** Produced by the domain module, which owns the persistence unit. */
    @Inject
    EntityManager em;

    @Inject
    CallerScope callers;

    public OrganizationFigures figures() {
        Caller caller = callers.current();
        String schoolScope = caller.isScopedToSchool() ? " where s.id = :school" : "";
        String disciplineScope = caller.isScopedToSchool() ? " and d.school.id = :school" : "";

        long schools = count("select count(s) from School s" + schoolScope, caller);
        long disciplines = count("select count(d) from Discipline d where 1 = 1" + disciplineScope, caller);
        long keyDisciplines = count("select count(d) from Discipline d where d.keyDiscipline = true" + disciplineScope, caller);
        long withoutChair = count("select count(s) from School s where not exists"
                + " (select m from School t join t.leadingGroup m where t = s and m.chair = true)"
                + (caller.isScopedToSchool() ? " and s.id = :school" : ""), caller);

        Map<Role, Long> byRole = new EnumMap<>(Role.class);
        if (!caller.isScopedToSchool()) {
            List<Object[]> rows = em.createQuery(
                    "select r, count(u) from UserAccount u join u.roles r where u.enabled = true group by r", Object[].class)
                    .getResultList();
            for (Object[] row : rows) {
                byRole.put((Role) row[0], (Long) row[1]);
            }
        }
        return new OrganizationFigures(schools, disciplines, keyDisciplines, withoutChair, byRole);
    }

    private long count(String jpql, Caller caller) {
        var query = em.createQuery(jpql, Long.class);
        if (caller.isScopedToSchool()) {
            query.setParameter("school", caller.schoolId());
        }
        return query.getSingleResult();
    }
}
