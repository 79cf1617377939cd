package org.globaloffice.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobalOfficeAuthenticationTest {

    @Test
    void continuesOnlyToAPageOfThisApplication() {
        assertThat(GlobalOfficeAuthentication.safeContinueTarget("/organization/school.xhtml?id=3"))
                .isEqualTo("/organization/school.xhtml?id=3");
        assertThat(GlobalOfficeAuthentication.safeContinueTarget("//evil.example/x")).isNull();
        assertThat(GlobalOfficeAuthentication.safeContinueTarget("https://evil.example/")).isNull();
        assertThat(GlobalOfficeAuthentication.safeContinueTarget("/\\evil.example")).isNull();
        assertThat(GlobalOfficeAuthentication.safeContinueTarget("/login.xhtml")).isNull();
        assertThat(GlobalOfficeAuthentication.safeContinueTarget(null)).isNull();
    }
}
