package org.globaloffice.account.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void theFourthFailureInARowOnlyCounts() {
        SignInThrottle.State state = throttle.afterFailure(3, now);

        assertThat(state.failures()).isEqualTo(4);
        assertThat(state.lockedUntil()).isNull();
    }

    @Test
    void theFifthFailureInARowLocksForFifteenMinutesAndStartsTheCountOver() {
        SignInThrottle.State state = throttle.afterFailure(4, now);

        assertThat(state.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(state.failures()).isZero();
    }

    @Test
    void lockedUpToButNotIncludingTheEndOfTheLock() {
        Instant until = now.plus(Duration.ofMinutes(15));

        assertThat(throttle.isLocked(until, until.minusMillis(1))).isTrue();
        assertThat(throttle.isLocked(until, until)).isFalse();
        assertThat(throttle.isLocked(null, now)).isFalse();
    }

    @Test
    void refusesSettingsThatWouldNeverLockOrLockForever() {
        assertThatThrownBy(() -> new SignInThrottle(0, Duration.ofMinutes(15))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInThrottle(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
