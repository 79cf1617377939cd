package org.globaloffice.web.view.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.globaloffice.organization.boundary.Schools;
import org.globaloffice.organization.entity.School;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.globaloffice.web.support.ServiceLazyDataModel;

/** {@code organization/schools.xhtml}: the schools of the caller's scope, paged and filtered in the database. */
@Named
@ViewScoped
public class SchoolsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Schools schools;

    @Inject
    Failures failures;

    private ServiceLazyDataModel<School> model;

    @PostConstruct
    void init() {
        Schools service = schools;
        model = new ServiceLazyDataModel<>(service::page);
    }

    public void delete(School school) {
        try {
            schools.delete(school.getId(), school.getVersion());
            Texts.info("school.deleted", school.getCode());
        } catch (RuntimeException e) {
            failures.show("schools", e);
        }
    }

    public ServiceLazyDataModel<School> getModel() {
        return model;
    }
}
