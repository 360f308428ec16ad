package no.vidsynt.core.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Ends a page request with 403 or 404, which web.xml turns into the "no access" or "not found" page. For view actions
 * of pages that load one object by id: showing a message on some other page instead hides what happened.
 */
public final class PageRefusal {

    private PageRefusal() {}

    /** The person is signed in but may not see this object. */
    public static void forbidden() {
        send(403);
    }

    /** There is no such object. */
    public static void notFound() {
        send(404);
    }

    private static void send(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
