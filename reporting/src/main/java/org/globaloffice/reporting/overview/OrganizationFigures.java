package org.globaloffice.reporting.overview;

import java.util.Map;
import org.globaloffice.platform.security.Role;

/**
 * The organisation at a glance, within the caller's scope: schools, disciplines, key disciplines, schools without a
 * leading-group chair, and (university-wide callers only) active accounts per role.
 */
public record OrganizationFigures(long schools, long disciplines, long keyDisciplines, long schoolsWithoutChair,
        Map<Role, Long> accountsByRole) {

    public OrganizationFigures {
        accountsByRole = Map.copyOf(accountsByRole);
    }
}
