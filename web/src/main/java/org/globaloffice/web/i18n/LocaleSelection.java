package org.globaloffice.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language the user chose for this session: Chinese (zh-CN) unless they switch to English. A preference of the
 * user, not page state, hence session scoped.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    private Locale locale = CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    public boolean isChinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** Switches the language and reloads the current page in it, keeping its query string. */
    public void switchTo(String languageTag) {
        Locale wanted = Locale.forLanguageTag(languageTag);
        locale = SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst().orElse(CHINESE);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        org.omnifaces.util.Faces.refreshWithQueryString();
    }
}
