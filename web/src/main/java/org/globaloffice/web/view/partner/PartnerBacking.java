package org.globaloffice.web.view.partner;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.globaloffice.partner.boundary.Partners;
import org.globaloffice.partner.entity.InstitutionType;
import org.globaloffice.partner.entity.PartnerInstitution;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;
import org.omnifaces.util.Faces;

/** {@code partner/partner.xhtml?id=…}: edits a partner institution, or records a new one. */
@Named
@ViewScoped
public class PartnerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Partners partners;

    @Inject
    Failures failures;

    private Long id;
    private PartnerInstitution partner;

    public void load() throws IOException {
        if (partner != null) {
            return;
        }
        try {
            partner = id == null ? new PartnerInstitution() : partners.find(id);
        } catch (RecordNotFoundException e) {
            Faces.responseSendError(404, e.getMessage());
            Faces.responseComplete();
        }
    }

    public void save() throws IOException {
        try {
            PartnerInstitution saved = partners.save(partner);
            Texts.info("partner.saved", saved.getNameOriginal());
            Faces.redirect(Faces.getRequestContextPath() + "/partner/partners.xhtml");
        } catch (RuntimeException e) {
            failures.show("form", e);
        }
    }

    public InstitutionType[] getTypes() {
        return InstitutionType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PartnerInstitution getPartner() {
        return partner;
    }
}
