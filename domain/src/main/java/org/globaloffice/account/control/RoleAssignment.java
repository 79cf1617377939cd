package org.globaloffice.account.control;

import java.util.EnumSet;
import java.util.Set;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.platform.security.Role;

/**
 * Which roles may go with a school binding (shared/domain.md, "Who uses it"): a LIAISON acts for exactly one school;
 * ADMIN, OFFICE and AUDITOR work university-wide and so have none; a LEADER may lead one school's group or the
 * university's. Every account has at least one role.
 */
public final class RoleAssignment {

    static final Set<Role> UNIVERSITY_WIDE = EnumSet.of(Role.ADMIN, Role.OFFICE, Role.AUDITOR);

    private RoleAssignment() {
    }

    public static void check(Set<Role> roles, boolean boundToSchool) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolationException("roles", "user.roles.required");
        }
        if (roles.contains(Role.LIAISON) && !boundToSchool) {
            throw new RuleViolationException("school", "user.school.requiredForLiaison");
        }
        if (boundToSchool && roles.stream().anyMatch(UNIVERSITY_WIDE::contains)) {
            throw new RuleViolationException("school", "user.school.notForUniversityRoles");
        }
    }
}
