package org.globaloffice.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.globaloffice.account.boundary.CurrentUser;
import org.globaloffice.account.entity.UserAccount;
import org.globaloffice.platform.security.Role;

/** The signed-in user as the layout shows them, what the menu offers them, and signing out. */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    CurrentUser currentUser;

    private UserAccount account;

    public UserAccount getAccount() {
        if (account == null && isSignedIn()) {
            account = currentUser.account();
        }
        return account;
    }

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    /** Whether the caller has the role, which must be one of {@link Role}'s names. */
    public boolean hasRole(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.valueOf(role).name());
    }

    public boolean isMayEditOrganization() {
        return hasRole("ADMIN") || hasRole("OFFICE");
    }

    /** Records that belong to a school (disciplines, foreign teachers): ADMIN, OFFICE, and a school's LIAISON. */
    public boolean isMayEditSchoolRecords() {
        return hasRole("ADMIN") || hasRole("OFFICE") || hasRole("LIAISON");
    }

    public boolean isMaySeeAuditTrail() {
        return hasRole("ADMIN") || hasRole("OFFICE") || hasRole("AUDITOR");
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
