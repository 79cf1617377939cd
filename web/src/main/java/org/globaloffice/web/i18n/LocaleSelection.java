package org.globaloffice.web.i18n;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language the user chose: Chinese (zh-CN) unless they switch to English. A preference of the user, not page
 * state: kept in the session and in a cookie, so that it outlives signing out.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    static final String COOKIE = "globaloffice-language";
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    private Locale locale;

    @PostConstruct
    void init() {
        locale = supported(org.omnifaces.util.Faces.getRequestCookie(COOKIE));
    }

    /** One of the supported locales: the one of the tag's language, else Chinese. */
    static Locale supported(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return CHINESE;
        }
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(CHINESE);
    }

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
        locale = supported(languageTag);
        org.omnifaces.util.Faces.addResponseCookie(COOKIE, locale.toLanguageTag(), "/", ONE_YEAR);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        org.omnifaces.util.Faces.refreshWithQueryString();
    }
}
