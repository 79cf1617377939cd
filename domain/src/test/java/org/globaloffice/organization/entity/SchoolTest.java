package org.globaloffice.organization.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.globaloffice.platform.error.RuleViolationException;
import org.junit.jupiter.api.Test;

class SchoolTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void codesAreUpperCaseWithoutBlanks() {
        assertThat(new School("  cs-2 ", "计算机学院", "School of Computer Science").getCode()).isEqualTo("CS-2");
    }

    @Test
    void aLeadingGroupHasAtMostOneChair() {
        School school = new School("FL", "外国语学院", "School of Foreign Languages");

        assertThatThrownBy(() -> school.replaceLeadingGroup(List.of(new LeadingGroupMember("甲", null, true),
                new LeadingGroupMember("乙", null, true))))
                .isInstanceOf(RuleViolationException.class).hasMessage("school.leadingGroup.oneChair");
        assertThat(school.getLeadingGroup()).isEmpty();
    }

    @Test
    void theChairIsTheMemberMarkedSo() {
        School school = new School("FL", "外国语学院", "School of Foreign Languages");
        school.replaceLeadingGroup(List.of(new LeadingGroupMember("乙", null, false), new LeadingGroupMember("甲", "院长", true)));

        assertThat(school.getChair().getName()).isEqualTo("甲");
    }

    @Test
    void showsTheNameInTheUsersLanguage() {
        School school = new School("FL", "外国语学院", "School of Foreign Languages");

        assertThat(school.getName().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("外国语学院");
        assertThat(school.getName().in(Locale.ENGLISH)).isEqualTo("School of Foreign Languages");
    }

    @Test
    void validationNamesEachBadFieldWithAMessageKey() {
        School school = new School("f l", "", "x".repeat(201));

        assertThat(validator.validate(school)).extracting(v -> v.getPropertyPath().toString() + "=" + v.getMessageTemplate())
                .containsExactlyInAnyOrder("code={school.code.pattern}", "name.zh={name.zh.required}",
                        "name.en={field.tooLong}");
    }

    @Test
    void theLongestAllowedNamesPass() {
        School school = new School("A".repeat(16), "中".repeat(100), "E".repeat(200));

        assertThat(validator.validate(school)).isEmpty();
    }
}
