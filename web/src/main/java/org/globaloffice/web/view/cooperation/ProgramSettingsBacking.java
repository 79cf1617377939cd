package org.globaloffice.web.view.cooperation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.globaloffice.cooperation.boundary.ProgramFiles;
import org.globaloffice.cooperation.entity.ProgramRiskPolicy;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;

/** {@code cooperation/settings.xhtml}: the thresholds of the programs' risk flags; everybody reads, the office edits. */
@Named
@ViewScoped
public class ProgramSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgramFiles files;

    @Inject
    Failures failures;

    private ProgramRiskPolicy policy;

    @PostConstruct
    void init() {
        policy = files.policy();
    }

    public void save() {
        try {
            policy = files.updatePolicy(policy);
            Texts.info("programSettings.saved");
        } catch (RuntimeException e) {
            failures.show("settings", e);
        }
    }

    public ProgramRiskPolicy getPolicy() {
        return policy;
    }
}
