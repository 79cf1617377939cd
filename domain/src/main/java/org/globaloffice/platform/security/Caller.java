package org.globaloffice.platform.security;

import java.util.Set;

/**
 * Who is calling a service, and which school's records they may see: a caller bound to a school (a LIAISON, or a
 * school's LEADER) sees that school only; everybody else sees every school.
 */
public record Caller(String username, Set<Role> roles, Long schoolId) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean isScopedToSchool() {
        return schoolId != null;
    }

    public boolean mayAccessSchool(Long otherSchoolId) {
        return schoolId == null || schoolId.equals(otherSchoolId);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
