package org.globaloffice.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryType;
import org.globaloffice.account.control.PasswordHasher;
import org.globaloffice.account.control.SignInThrottle;
import org.globaloffice.account.entity.UserAccount;
import org.globaloffice.platform.persistence.InstantConverter;

/**
 * Checks a username and password for the identity store, counting failures and locking an account for a while after
 * too many in a row ({@link SignInThrottle}). Open to everyone ({@code @PermitAll}): it is what makes a caller known.
 */
@Stateless
@PermitAll
public class Authenticator {

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "globaloffice.signin.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "globaloffice.signin.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @RegistryType(type = MetricRegistry.Type.APPLICATION)
    MetricRegistry metrics;

    private static final InstantConverter UTC = new InstantConverter();

    Clock clock = Clock.systemUTC();

    public SignInResult signIn(String username, String password) {
        SignInResult result = check(username, password);
        metrics.counter("globaloffice_sign_ins_total",
                new org.eclipse.microprofile.metrics.Tag("outcome", result.outcome().name().toLowerCase(Locale.ROOT)))
                .inc();
        return result;
    }

    private SignInResult check(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return SignInResult.of(SignInResult.Outcome.INVALID);
        }
        UserAccount account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst().orElse(null);
        if (account == null) {
            hasher.verifyDecoy(password);
            return SignInResult.of(SignInResult.Outcome.INVALID);
        }
        SignInThrottle throttle = new SignInThrottle(maxFailures, Duration.ofMinutes(lockMinutes));
        Instant now = clock.instant();
        if (throttle.isLocked(account.getLockedUntil(), now)) {
            return SignInResult.of(SignInResult.Outcome.LOCKED);
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            SignInThrottle.State state = throttle.afterFailure(account.getFailedSignIns(), now);
            em.createNamedQuery(UserAccount.RECORD_FAILURE)
                    .setParameter(1, state.failures())
                    .setParameter(2, UTC.convertToDatabaseColumn(state.lockedUntil()))
                    .setParameter(3, account.getId())
                    .executeUpdate();
            return SignInResult.of(state.lockedUntil() != null ? SignInResult.Outcome.LOCKED : SignInResult.Outcome.INVALID);
        }
        if (!account.isEnabled()) {
            return SignInResult.of(SignInResult.Outcome.DISABLED);
        }
        em.createNamedQuery(UserAccount.RECORD_SUCCESS)
                .setParameter(1, UTC.convertToDatabaseColumn(now))
                .setParameter(2, account.getId())
                .executeUpdate();
        return new SignInResult(SignInResult.Outcome.VALID, account.getUsername(), account.getRoles());
    }
}
