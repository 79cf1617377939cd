package org.globaloffice.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 with 210,000 iterations and a 32-byte random salt (OWASP's figure for this algorithm), through
 * Jakarta Security's own {@link Pbkdf2PasswordHash}. The stored form carries its parameters, so raising the
 * iteration count later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash hash;

    /** Checked against when an account does not exist, so that answering takes as long as for a real one. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("decoy-password".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    public void verifyDecoy(String password) {
        hash.verify(password.toCharArray(), decoy);
    }
}
