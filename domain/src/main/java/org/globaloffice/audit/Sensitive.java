package org.globaloffice.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a personal identifier or secret: the audit trail records that it changed, but shows only its last
 * {@link #visible()} characters (domain rule: identifiers masked to the last 4 characters; secrets not at all).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Sensitive {
    int visible() default 4;
}
