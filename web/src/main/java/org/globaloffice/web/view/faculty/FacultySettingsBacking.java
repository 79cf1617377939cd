package org.globaloffice.web.view.faculty;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.globaloffice.faculty.boundary.FacultyMembers;
import org.globaloffice.faculty.entity.FacultyPolicy;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;

/**
 * {@code faculty/settings.xhtml}: the completion rule of competence programs, the days for a return report and the
 * days abroad that make overseas experience; everybody reads, the office edits.
 */
@Named
@ViewScoped
public class FacultySettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FacultyMembers members;

    @Inject
    Failures failures;

    private FacultyPolicy policy;

    @PostConstruct
    void init() {
        policy = members.policy();
    }

    public void save() {
        try {
            policy = members.savePolicy(policy);
            Texts.info("facultySettings.saved");
        } catch (RuntimeException e) {
            failures.show("settings", e);
        }
    }

    public FacultyPolicy getPolicy() {
        return policy;
    }
}
