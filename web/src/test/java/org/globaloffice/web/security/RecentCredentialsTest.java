package org.globaloffice.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentCredentialsTest {

    private final Instant start = Instant.parse("2026-11-23T08:00:00Z");

    private RecentCredentials at(Instant instant, RecentCredentials credentials) {
        credentials.clock = Clock.fixed(instant, ZoneOffset.UTC);
        return credentials;
    }

    @Test
    void remembersTheSamePasswordForSixtySecondsAndNoOther() {
        RecentCredentials credentials = at(start, new RecentCredentials());
        credentials.remember("office", "office-demo-2026", new CredentialValidationResult("office", Set.of("OFFICE")));

        assertThat(credentials.lookup("office", "office-demo-2026").getCallerGroups()).containsExactly("OFFICE");
        assertThat(credentials.lookup("office", "office-demo-2027")).isNull();
        assertThat(at(start.plusSeconds(59), credentials).lookup("office", "office-demo-2026")).isNotNull();
        assertThat(at(start.plusSeconds(60), credentials).lookup("office", "office-demo-2026")).isNull();
    }

    @Test
    void aFailureForgetsTheName() {
        RecentCredentials credentials = at(start, new RecentCredentials());
        credentials.remember("office", "office-demo-2026", new CredentialValidationResult("office", Set.of("OFFICE")));

        credentials.forget("office");

        assertThat(credentials.lookup("office", "office-demo-2026")).isNull();
    }
}
