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

    /**
     * The language to answer a request outside Faces in (a servlet, an API call, a problem document): a browser
     * session's chosen language, else the first supported one the client accepts (API clients without a session),
     * else bokmål. The one place that reads Accept-Language.
     */
    public static Locale of(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getSession(false) != null) {
            try {
                return jakarta.enterprise
                        .inject
                        .spi
                        .CDI
                        .current()
                        .select(LanguageChoice.class)
                        .get()
                        .getLocale();
            } catch (RuntimeException noSessionContext) {
                // fall through to the client's own preference
            }
        }
        // Without the header the container reports its own default locale, which is not the client's choice.
        return request.getHeader("Accept-Language") == null
                ? Languages.DEFAULT
                : Languages.firstSupported(java.util.Collections.list(request.getLocales()));
    }

    /** Switches language and reloads the current page (a GET, so the address stays bookmarkable). */
    public void switchTo(String language) throws IOException {
        use(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        String view = faces.getViewRoot().getViewId();
        String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        // The header's form posts to the bare view address, so a page's view parameters (the roster's ?id=) come
        // from the view itself; without them the reloaded page would not know what it showed.
        var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        String page = samePage(request.getHeader("Referer"), external.getRequestContextPath());
        external.redirect(
                query != null
                        ? external.getRequestContextPath() + view + "?" + query
                        : page != null
                                ? page
                                : faces.getApplication()
                                        .getViewHandler()
                                        .getBookmarkableURL(faces, view, java.util.Map.of(), true));
    }

    /**
     * The path and query of the page the switch was clicked on (the Referer), when it is a page of this application;
     * never another host (no open redirect). Null when there is none.
     */
    static String samePage(String referer, String contextPath) {
        if (referer == null) {
            return null;
        }
        try {
            var uri = new java.net.URI(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (java.net.URISyntaxException malformed) {
            return null;
        }
    }
}
