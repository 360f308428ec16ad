package no.vidsynt.core.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of this browser session: bokmål until the person chooses otherwise, either with the header's language
 * switch (which reloads the same page) or through their preferred language, applied at sign-in. The browser's own
 * language is deliberately not followed: staff share computers set up in English, and the programme is Norwegian.
 */
@Named
@SessionScoped
public class LanguageChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        return locale == null ? Languages.DEFAULT : locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void use(String language) {
        locale = Languages.supportedOrDefault(language);
    }

    /** Switches language and reloads the current page (a GET, so the address stays bookmarkable). */
    public void switchTo(String language) throws IOException {
        use(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        String view = faces.getViewRoot().getViewId();
        String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        external.redirect(external.getRequestContextPath() + view + (query == null ? "" : "?" + query));
    }
}
