package org.globaloffice.account.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleAssignmentTest {

    @Test
    void aLiaisonActsForExactlyOneSchool() {
        assertThatCode(() -> RoleAssignment.check(Set.of(Role.LIAISON), true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RoleAssignment.check(Set.of(Role.LIAISON), false))
                .isInstanceOf(RuleViolationException.class).hasMessage("user.school.requiredForLiaison");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "OFFICE", "AUDITOR"})
    void universityWideRolesHaveNoSchool(Role role) {
        assertThatCode(() -> RoleAssignment.check(Set.of(role), false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RoleAssignment.check(Set.of(role), true)).hasMessage("user.school.notForUniversityRoles");
    }

    @Test
    void aLeaderMayLeadASchoolOrTheUniversity() {
        assertThatCode(() -> RoleAssignment.check(Set.of(Role.LEADER), true)).doesNotThrowAnyException();
        assertThatCode(() -> RoleAssignment.check(Set.of(Role.LEADER), false)).doesNotThrowAnyException();
    }

    @Test
    void everyAccountHasARole() {
        assertThatThrownBy(() -> RoleAssignment.check(EnumSet.noneOf(Role.class), false)).hasMessage("user.roles.required");
    }
}
