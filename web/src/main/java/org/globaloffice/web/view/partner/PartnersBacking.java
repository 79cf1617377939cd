package org.globaloffice.web.view.partner;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.globaloffice.partner.boundary.Partners;
import org.globaloffice.partner.entity.InstitutionType;
import org.globaloffice.partner.entity.PartnerInstitution;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.globaloffice.web.support.ServiceLazyDataModel;

/** {@code partner/partners.xhtml}: the partner institutions, filtered by name, country and type. */
@Named
@ViewScoped
public class PartnersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Partners partners;

    @Inject
    Failures failures;

    private ServiceLazyDataModel<PartnerInstitution> model;
    private InstitutionType type;

    @PostConstruct
    void init() {
        Partners service = partners;
        model = new ServiceLazyDataModel<>(service::page).withFilters(this::filters);
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new HashMap<>();
        filters.put("type", type == null ? null : type.name());
        return filters;
    }

    public void delete(PartnerInstitution partner) {
        try {
            partners.delete(partner.getId(), partner.getVersion());
            Texts.info("record.deleted");
        } catch (RuntimeException e) {
            failures.show("partners", e);
        }
    }

    public InstitutionType[] getTypes() {
        return InstitutionType.values();
    }

    public ServiceLazyDataModel<PartnerInstitution> getModel() {
        return model;
    }

    public InstitutionType getType() {
        return type;
    }

    public void setType(InstitutionType type) {
        this.type = type;
    }
}
