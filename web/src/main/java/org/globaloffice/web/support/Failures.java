package org.globaloffice.web.support;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.globaloffice.platform.error.ConcurrentEditException;
import org.globaloffice.platform.error.DuplicateValueException;
import org.globaloffice.platform.error.RecordNotFoundException;
import org.globaloffice.platform.error.RuleViolationException;
import org.globaloffice.web.i18n.DateTimes;
import org.globaloffice.web.i18n.Texts;

/**
 * Turns the domain's typed refusals into messages beside the field they concern (the input's id is the field's
 * name) or above the form, in the user's language. Nothing is saved when one of them occurs: the services roll back.
 */
@ApplicationScoped
public class Failures {

    @Inject
    DateTimes dateTimes;

    /** Shows the refusal and tells whether it was one; an unexpected exception is thrown on to the error page. */
    public void show(String formId, RuntimeException failure) {
        FacesContext.getCurrentInstance().validationFailed();
        if (failure instanceof DuplicateValueException duplicate) {
            Texts.error(formId + ":" + duplicate.getField(), "error.duplicate", duplicate.getValue());
        } else if (failure instanceof RuleViolationException rule) {
            Texts.error(rule.getField() == null ? null : formId + ":" + rule.getField(), rule.getMessageKey(),
                    rule.getArguments());
        } else if (failure instanceof ConcurrentEditException conflict) {
            Texts.error(null, "error.concurrentEdit", conflict.getChangedBy(), dateTimes.format(conflict.getChangedAt()));
        } else if (failure instanceof RecordNotFoundException) {
            Texts.error(null, "error.recordGone");
        } else if (failure instanceof EJBAccessException) {
            Texts.error(null, "error.forbidden");
        } else {
            throw failure;
        }
    }
}
