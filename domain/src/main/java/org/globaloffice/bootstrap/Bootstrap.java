package org.globaloffice.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.globaloffice.account.control.PasswordHasher;
import org.globaloffice.account.control.PasswordPolicy;
import org.globaloffice.account.entity.UserAccount;
import org.globaloffice.platform.security.Role;

/**
 * First start: on an empty database, creates the {@code admin} account, with the password of the setting
 * {@code globaloffice.bootstrap.admin-password} or, when that is unset, a random one written once to the server log.
 * With {@code globaloffice.demo-data=true} and no school yet, it also loads the demo university ({@link DemoData}).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    DemoData demoData;

    @Inject
    @ConfigProperty(name = "globaloffice.bootstrap.admin-password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "globaloffice.demo-data", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void start() {
        long accounts = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
        if (accounts == 0) {
            createAdmin();
        }
        if (demo) {
            demoData.loadIfEmpty();
        }
    }

    private void createAdmin() {
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        PasswordPolicy.check("admin", password);
        UserAccount admin = new UserAccount("admin", "Administrator", EnumSet.of(Role.ADMIN), null);
        admin.changePasswordHash(hasher.hash(password));
        em.persist(admin);
        if (generated) {
            LOG.warning("GlobalOffice created the account 'admin' with the one-time password: " + password
                    + "  (it is not shown again; sign in and change it, or set globaloffice.bootstrap.admin-password)");
        } else {
            LOG.info("GlobalOffice created the account 'admin' with the password of globaloffice.bootstrap.admin-password");
        }
    }
}
