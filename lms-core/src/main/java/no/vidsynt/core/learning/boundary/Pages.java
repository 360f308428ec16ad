package no.vidsynt.core.learning.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import no.vidsynt.core.platform.web.Languages;

/** Small helpers the learning pages share. */
final class Pages {

    private Pages() {}

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Languages.DEFAULT;
    }

    /** Answers with the friendly "not found" page: what the person may not see does not exist for them. */
    static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** A numeric request parameter, or null when missing or not a number. */
    static Long longParameter(String name) {
        String value = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
