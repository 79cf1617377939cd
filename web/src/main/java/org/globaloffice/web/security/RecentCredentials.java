package org.globaloffice.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short while, that an HTTP Basic credential of the REST API was valid, so that a client calling
 * many times does not pay a PBKDF2 check (about 50 ms) on each call. Only valid credentials are kept, as a salted
 * SHA-256 with a salt made at start-up; failures always reach the identity store and its lockout, and a failure
 * forgets the name. A disabled account or a changed password is thus refused through the API within
 * {@link #TIME_TO_LIVE} at most.
 */
@ApplicationScoped
public class RecentCredentials {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] digest, String caller, Set<String> groups, Instant expires) {
    }

    private final byte[] salt = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    public RecentCredentials() {
        new SecureRandom().nextBytes(salt);
    }

    public CredentialValidationResult lookup(String username, String password) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(username, entry);
            return null;
        }
        return MessageDigest.isEqual(entry.digest(), digest(username, password))
                ? new CredentialValidationResult(entry.caller(), entry.groups()) : null;
    }

    /** A failed attempt ends what was remembered for the name: a lock or a new password takes effect at once. */
    public void forget(String username) {
        entries.remove(username);
    }

    public void remember(String username, String password, CredentialValidationResult valid) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                return;
            }
        }
        entries.put(username, new Entry(digest(username, password), valid.getCallerPrincipal().getName(),
                Set.copyOf(valid.getCallerGroups()), clock.instant().plus(TIME_TO_LIVE)));
    }

    private byte[] digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
