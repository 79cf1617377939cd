package org.globaloffice.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.globaloffice.account.boundary.UserAccounts;
import org.globaloffice.account.entity.UserAccount;
import org.globaloffice.platform.security.Role;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.globaloffice.web.support.ServiceLazyDataModel;

/** {@code admin/users.xhtml}: the user accounts, filtered by name and role; unlocks a locked account. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAccounts accounts;

    @Inject
    Failures failures;

    private ServiceLazyDataModel<UserAccount> model;
    private Role role;

    @PostConstruct
    void init() {
        UserAccounts service = accounts;
        model = new ServiceLazyDataModel<>(service::page).withFilters(this::extraFilters);
    }

    private Map<String, Object> extraFilters() {
        Map<String, Object> filters = new HashMap<>();
        filters.put("role", role == null ? null : role.name());
        return filters;
    }

    public void unlock(UserAccount account) {
        try {
            accounts.unlock(account.getId());
            Texts.info("user.unlocked", account.getUsername());
        } catch (RuntimeException e) {
            failures.show("users", e);
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public ServiceLazyDataModel<UserAccount> getModel() {
        return model;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
