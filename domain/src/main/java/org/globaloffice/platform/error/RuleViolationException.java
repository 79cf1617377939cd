package org.globaloffice.platform.error;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refuses the change. Carries a message key of the bundles (and its arguments) so the view can say
 * why in the user's language, and the field it concerns, if any.
 */
@ApplicationException(rollback = true)
public class RuleViolationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolationException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
