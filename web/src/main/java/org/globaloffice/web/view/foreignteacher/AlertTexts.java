package org.globaloffice.web.view.foreignteacher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.globaloffice.foreignteacher.entity.ExpiryAlert;
import org.globaloffice.web.i18n.Texts;

/** What an expiry alert is about, in the user's language: "Work permit expires", "Contract ended", … */
@Named
@ApplicationScoped
public class AlertTexts {

    public String describe(ExpiryAlert alert) {
        String document = alert.getDocumentType() == null ? ""
                : Texts.text("documentType." + alert.getDocumentType().name());
        return Texts.text("alert." + alert.getKind().name() + "." + alert.getUrgency().name(), document);
    }
}
