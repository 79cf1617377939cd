package org.globaloffice.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.globaloffice.account.entity.UserAccount;

/**
 * Reads the account behind a principal for {@link CallerScope}. It is an EJB of this module so that the persistence
 * unit is always resolved here: a request-scoped bean first used from another module of the EAR (reporting) would
 * otherwise look the unit up in that module's naming context, where it does not exist.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CallerAccounts {

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    public Caller callerNamed(String name) {
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
