package org.globaloffice.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.globaloffice.account.entity.UserAccount;

/**
 * Resolves the current {@link Caller} from the signed-in principal and their account, once per request. Every
 * query of a school-owned record applies {@link Caller#schoolId()}: scoping lives in the domain layer, not in views.
 */
@RequestScoped
public class CallerScope {

    @Inject
    Principal principal;

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    private Caller caller;

    public Caller current() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    private Caller resolve() {
        String name = principal == null ? null : principal.getName();
        List<UserAccount> accounts = name == null ? List.of()
                : em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", name)
                        .getResultList();
        if (accounts.isEmpty()) {
            // No account (anonymous, or application-internal work): nothing is visible through a scoped query.
            return new Caller(name, Set.of(), -1L);
        }
        UserAccount account = accounts.get(0);
        return new Caller(account.getUsername(), account.getRoles(),
                account.getSchool() == null ? null : account.getSchool().getId());
    }
}
