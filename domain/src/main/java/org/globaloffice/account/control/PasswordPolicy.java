package org.globaloffice.account.control;

import java.util.Locale;
import org.globaloffice.platform.error.RuleViolationException;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters (length beats complexity, NIST SP 800-63B),
 * at most {@value #MAX_LENGTH}, not blank, and not the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.isBlank()) {
            throw new RuleViolationException("password", "user.password.required");
        }
        if (password.length() < MIN_LENGTH) {
            throw new RuleViolationException("password", "user.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new RuleViolationException("password", "user.password.tooLong", MAX_LENGTH);
        }
        if (username != null && password.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
            throw new RuleViolationException("password", "user.password.sameAsUsername");
        }
    }
}
