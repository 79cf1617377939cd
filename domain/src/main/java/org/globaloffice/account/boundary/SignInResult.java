package org.globaloffice.account.boundary;

import java.util.Set;
import org.globaloffice.platform.security.Role;

/** What a sign-in attempt came to. Only {@link Outcome#VALID} carries the account's roles. */
public record SignInResult(Outcome outcome, String username, Set<Role> roles) {

    public enum Outcome {
        VALID, INVALID, LOCKED, DISABLED
    }

    public static SignInResult of(Outcome outcome) {
        return new SignInResult(outcome, null, Set.of());
    }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }
}
