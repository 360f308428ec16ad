package no.vidsynt.core.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of this browser session: the person's preferred language after sign-in, the browser's before,
 * bokmål when neither is supported. The header's language switch changes it and reloads the same page.
 */
@Named
@SessionScoped
public class LanguageChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale requested = faces == null ? null : faces.getExternalContext().getRequestLocale();
            locale = Languages.supportedOrDefault(requested == null ? null : requested.getLanguage());
        }
        return locale;
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
