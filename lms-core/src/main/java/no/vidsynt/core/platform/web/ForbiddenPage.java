package no.vidsynt.core.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /forbidden.xhtml, the 403 page: says which part of the platform the person may not open and where to go instead,
 * so that a refusal never looks like a crash. Pages that load something the person may not see answer with
 * {@link PageRefusal#forbidden()} instead of showing another page's content.
 */
@Named
@RequestScoped
public class ForbiddenPage {

    /** The parts of the platform a role opens, by the start of their address; the first match wins. */
    private static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("/admin/", "forbidden.area.admin");
        AREAS.put("/selfstudy/author/", "forbidden.area.author");
        AREAS.put("/author/", "forbidden.area.author");
        AREAS.put("/content/", "forbidden.area.content");
        AREAS.put("/sessions/", "forbidden.area.sessions");
        AREAS.put("/leader/", "forbidden.area.leader");
        AREAS.put("/api/", "forbidden.area.api");
    }

    /** The bundle key that says what the person may not do here. */
    public String getAreaKey() {
        return areaOf(requestedPath());
    }

    static String areaOf(String path) {
        if (path != null) {
            for (var area : AREAS.entrySet()) {
                if (path.startsWith(area.getKey())) {
                    return area.getValue();
                }
            }
        }
        return "forbidden.area.other";
    }

    private static String requestedPath() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? external.getRequestServletPath() : uri.toString();
        String context = external.getRequestContextPath();
        return path != null && !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
    }
}
