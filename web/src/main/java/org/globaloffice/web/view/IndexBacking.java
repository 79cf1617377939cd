package org.globaloffice.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.globaloffice.platform.security.Role;
import org.globaloffice.reporting.overview.OrganizationFigures;
import org.globaloffice.reporting.overview.OrganizationOverview;

/** {@code index.xhtml}: the start page with the organisation's figures in the caller's scope. */
@Named
@ViewScoped
public class IndexBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizationOverview overview;

    private OrganizationFigures figures;

    @PostConstruct
    void init() {
        figures = overview.figures();
    }

    public OrganizationFigures getFigures() {
        return figures;
    }

    public List<Map.Entry<Role, Long>> getAccountsByRole() {
        return figures.accountsByRole().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }
}
