package org.globaloffice.reporting.overview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.globaloffice.platform.persistence.ReadOnlyQueries;
import org.globaloffice.platform.security.Caller;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/** Counts for the start page. Reads only; scoped like every domain query. */
@Stateless
@RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
public class OrganizationOverview {

    @Inject
    ReadOnlyQueries queries;

    @Inject
    CallerScope callers;

    public OrganizationFigures figures() {
        Caller caller = callers.current();
        String schoolScope = caller.isScopedToSchool() ? " where s.id = :school" : "";
        String disciplineScope = caller.isScopedToSchool() ? " and d.school.id = :school" : "";

        long schools = count("select count(s) from School s" + schoolScope, caller);
        long disciplines = count("select count(d) from Discipline d where d.id is not null" + disciplineScope, caller);
        long keyDisciplines = count("select count(d) from Discipline d where d.keyDiscipline = :yes" + disciplineScope,
                caller);
        // no subquery: EclipseLink writes a boolean inside one as 1, which H2 refuses
        long withChair = count("select count(distinct s) from School s join s.leadingGroup m where m.chair = :yes"
                + (caller.isScopedToSchool() ? " and s.id = :school" : ""), caller);

        Map<Role, Long> byRole = new EnumMap<>(Role.class);
        if (!caller.isScopedToSchool()) {
            List<Object[]> rows = queries.list(
                    "select r, count(u) from UserAccount u join u.roles r where u.enabled = :yes group by r",
                    Object[].class, Map.of("yes", Boolean.TRUE));
            for (Object[] row : rows) {
                byRole.put((Role) row[0], (Long) row[1]);
            }
        }
        return new OrganizationFigures(schools, disciplines, keyDisciplines, schools - withChair, byRole);
    }

    /** Counts with the caller's school bound to {@code :school} and {@code true} to {@code :yes}, where used. */
    private long count(String jpql, Caller caller) {
        Map<String, Object> parameters = new HashMap<>();
        if (caller.isScopedToSchool()) {
            parameters.put("school", caller.schoolId());
        }
        if (jpql.contains(":yes")) {
            parameters.put("yes", Boolean.TRUE);
        }
        return queries.single(jpql, Long.class, parameters);
    }
}
