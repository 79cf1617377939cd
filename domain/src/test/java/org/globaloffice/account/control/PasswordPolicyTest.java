package org.globaloffice.account.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.globaloffice.platform.error.RuleViolationException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void tenCharactersAreEnoughNineAreNot() {
        assertThatCode(() -> PasswordPolicy.check("office", "abcdefghij")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("office", "abcdefghi"))
                .isInstanceOf(RuleViolationException.class).hasMessage("user.password.tooShort");
    }

    @Test
    void atMost128Characters() {
        assertThatCode(() -> PasswordPolicy.check("office", "a".repeat(128))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("office", "a".repeat(129))).hasMessage("user.password.tooLong");
    }

    @Test
    void notBlankAndNotTheUsername() {
        assertThatThrownBy(() -> PasswordPolicy.check("office", "          ")).hasMessage("user.password.required");
        assertThatThrownBy(() -> PasswordPolicy.check("liaison.cs", "LIAISON.CS")).hasMessage("user.password.sameAsUsername");
    }
}
