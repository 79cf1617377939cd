package org.globaloffice.account.control;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins in a row an account is locked for
 * {@code lockDuration}; while locked, even the right password is refused. A successful sign-in clears the count.
 * Both figures are settings ({@code globaloffice.signin.max-failures}, {@code globaloffice.signin.lock-minutes}).
 */
public record SignInThrottle(int maxFailures, Duration lockDuration) {

    public SignInThrottle {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }

    /** Locked until the instant {@code lockedUntil}, exclusive: at that very instant the account is open again. */
    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The counters after one more failure: either one more failure, or a lock with the count started over. */
    public State afterFailure(int failuresSoFar, Instant now) {
        int failures = failuresSoFar + 1;
        if (failures >= maxFailures) {
            return new State(0, now.plus(lockDuration));
        }
        return new State(failures, null);
    }

    public record State(int failures, Instant lockedUntil) {
    }
}
