package org.globaloffice.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.globaloffice.account.entity.UserAccount;
import org.globaloffice.organization.entity.Discipline;
import org.globaloffice.organization.entity.LeadingGroupMember;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.security.Role;
import org.junit.jupiter.api.Test;

class AuditedStateTest {

    @Test
    void recordsTheAttributesOfTheRecordButNotItsBookkeeping() {
        School school = new School("fl", "外国语学院", "School of Foreign Languages");

        Map<String, String> state = AuditedState.of(school);

        assertThat(state).containsEntry("code", "FL").containsEntry("name.zh", "外国语学院")
                .containsEntry("name.en", "School of Foreign Languages")
                .doesNotContainKeys("version", "createdAt", "createdBy", "updatedAt", "updatedBy", "auditedState");
    }

    @Test
    void showsAReferencedRecordByItsIdAndACollectionByItsElements() {
        School school = new School("FL", "外国语学院", "School of Foreign Languages");
        school.replaceLeadingGroup(List.of(new LeadingGroupMember("李文华", "院长", true),
                new LeadingGroupMember("王芳", null, false)));
        Discipline discipline = new Discipline(school, "0502", "外国语言文学", "Foreign Languages", true);

        assertThat(AuditedState.of(school)).containsEntry("leadingGroup", "李文华 (院长) *; 王芳");
        assertThat(AuditedState.of(discipline)).containsEntry("school", "null").containsEntry("keyDiscipline", "true");
    }

    @Test
    void anUpdateListsOnlyTheChangedAttributesWithOldAndNewValues() {
        School school = new School("FL", "外国语学院", "School of Foreign Languages");
        Map<String, String> before = AuditedState.of(school);
        school.getName().setEn("School of Foreign Studies");

        List<FieldChange> changes = AuditedState.diff(before, AuditedState.of(school));

        assertThat(changes).containsExactly(
                new FieldChange("name.en", "School of Foreign Languages", "School of Foreign Studies"));
    }

    @Test
    void creationAndDeletionAreDiffsFromAndToNothing() {
        Map<String, String> state = Map.of("code", "FL");

        assertThat(AuditedState.diff(null, state)).containsExactly(new FieldChange("code", null, "FL"));
        assertThat(AuditedState.diff(state, Map.of())).containsExactly(new FieldChange("code", "FL", null));
    }

    @Test
    void aPasswordHashIsNeverWrittenAndSignInCountersAreNotAudited() {
        UserAccount account = new UserAccount("office", "王静", EnumSet.of(Role.OFFICE), null);
        account.changePasswordHash("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==");

        Map<String, String> state = AuditedState.of(account);

        assertThat(state).containsEntry("passwordHash", "••••")
                .doesNotContainKeys("failedSignIns", "lockedUntil", "lastSignInAt");
        assertThat(state.values()).noneMatch(v -> v != null && v.contains("aGFzaA"));
    }

    @Test
    void longValuesAreCutSoThatAnAuditRowStaysBounded() {
        School school = new School("FL", "外".repeat(700), "x");

        assertThat(AuditedState.of(school).get("name.zh")).hasSize(AuditedState.MAX_VALUE_LENGTH).endsWith("…");
    }
}
