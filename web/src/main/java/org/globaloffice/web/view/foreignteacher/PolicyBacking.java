package org.globaloffice.web.view.foreignteacher;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.globaloffice.foreignteacher.boundary.ForeignTeacherPolicies;
import org.globaloffice.foreignteacher.entity.ForeignTeacherPolicy;
import org.globaloffice.web.i18n.Texts;
import org.globaloffice.web.support.Failures;

/**
 * {@code foreignteacher/policy.xhtml}: the figures that vary between universities — the alert lead time, what counts
 * as a long-term contract, the weekly teaching load and the semester coverage minimums. Everybody reads them; the
 * office edits them.
 */
@Named
@ViewScoped
public class PolicyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForeignTeacherPolicies policies;

    @Inject
    Failures failures;

    private ForeignTeacherPolicy policy;

    @PostConstruct
    void init() {
        policy = policies.current();
    }

    public void save() {
        try {
            policy = policies.update(policy);
            Texts.info("policy.saved");
        } catch (RuntimeException e) {
            failures.show("policy", e);
        }
    }

    public ForeignTeacherPolicy getPolicy() {
        return policy;
    }
}
