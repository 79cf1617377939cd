package org.globaloffice.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.globaloffice.account.entity.UserAccount;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.security.CallerScope;
import org.globaloffice.platform.security.Role;

/** The signed-in user's own account, for the page header and {@code /api/v1/me}. */
@Stateless
@RolesAllowed({Role.Name.ADMIN, Role.Name.OFFICE, Role.Name.LIAISON, Role.Name.LEADER, Role.Name.AUDITOR})
public class CurrentUser {

    @PersistenceContext(unitName = "globaloffice")
    EntityManager em;

    @Inject
    CallerScope callers;

    public UserAccount account() {
        String username = callers.current().username();
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("UserAccount", username));
    }
}
