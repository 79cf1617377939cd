package org.globaloffice.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;

/**
 * Resolves the current {@link Caller} from the signed-in principal and their account, once per request. Every
 * query of a school-owned record applies {@link Caller#schoolId()}: scoping lives in the domain layer, not in views.
 */
@RequestScoped
public class CallerScope {

    @Inject
    Principal principal;

    @Inject
    CallerAccounts accounts;

    private Caller caller;

    public Caller current() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    private Caller resolve() {
        return accounts.callerNamed(principal == null ? null : principal.getName());
    }
}
