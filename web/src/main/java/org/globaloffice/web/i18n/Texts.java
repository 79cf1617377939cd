package org.globaloffice.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the {@code messages} bundles in the language of the current view, and Faces messages made of them. */
public final class Texts {

    public static final String BUNDLE = "org.globaloffice.web.i18n.messages";

    private Texts() {
    }

    public static String text(String key, Object... arguments) {
        Locale locale = locale();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The text of the key, or {@code fallback} when the bundles have none. */
    public static String textOr(String key, String fallback) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale(), Texts.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    public static void error(String clientId, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    public static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : LocaleSelection.CHINESE;
    }
}
