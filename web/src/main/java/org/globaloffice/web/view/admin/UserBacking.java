package org.globaloffice.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.globaloffice.account.boundary.UserAccounts;
import org.globaloffice.account.entity.UserAccount;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.security.Role;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.omnifaces.util.Faces;

/** {@code admin/user.xhtml?id=…}: an account's details, roles, school and, optionally, a new password. */
@Named
@ViewScoped
public class UserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAccounts accounts;

    @Inject
    Schools schools;

    @Inject
    Failures failures;

    private Long id;
    private UserAccount account;
    private List<Role> roles = new ArrayList<>();
    private Long schoolId;
    private String password;
    private List<School> schoolChoices;

    public void load() throws IOException {
        if (account != null) {
            return;
        }
        schoolChoices = schools.inScope();
        if (id == null) {
            account = new UserAccount();
            return;
        }
        try {
            account = accounts.find(id);
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, e.getMessage());
            Faces.responseComplete();
            return;
        }
        roles = new ArrayList<>(account.getRoles());
        schoolId = account.getSchool() == null ? null : account.getSchool().getId();
    }

    public void save() throws IOException {
        EnumSet<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        try {
            UserAccount saved = account.isNew()
                    ? accounts.create(account, chosen, schoolId, password)
                    : accounts.update(account, chosen, schoolId, password);
            Texts.info("user.saved", saved.getUsername());
            Faces.redirect(Faces.getRequestContextPath() + "/admin/users.xhtml");
        } catch (RuntimeException e) {
            failures.show("form", e);
        } finally {
            password = null;
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<School> getSchoolChoices() {
        return schoolChoices;
    }
}
