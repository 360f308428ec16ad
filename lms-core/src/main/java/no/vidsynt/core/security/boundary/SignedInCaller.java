package no.vidsynt.core.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in to a browser session, as VidSynt itself records it in the HTTP session: the username and the
 * groups the identity store gave at sign-in. The authentication mechanism hands exactly these to the container on
 * every request, instead of relying on Jakarta Security's auto-applied session, which under concurrent requests of one
 * session sometimes lost the groups in Payara (payara/Payara#6145) and refused people their own pages with 403.
 */
public record SignedInCaller(String username, Set<String> groups) implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = SignedInCaller.class.getName();

    public SignedInCaller {
        groups = Set.copyOf(groups);
    }

    /** The caller recorded in this request's session, if there is a session and someone signed in to it. */
    public static Optional<SignedInCaller> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return session.getAttribute(ATTRIBUTE) instanceof SignedInCaller caller
                    ? Optional.of(caller)
                    : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /**
     * Starts a signed-in browser session for this caller. A session in which someone was already signed in ends
     * completely (a shared computer must never carry one person's session over to the next); an anonymous session
     * keeps its contents (the chosen language) but gets a new id, so an id planted before sign-in is worth nothing.
     */
    void startSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && of(request).isPresent()) {
            session.invalidate();
            session = null;
        }
        if (session == null) {
            session = request.getSession(true);
        } else {
            request.changeSessionId();
        }
        session.setAttribute(ATTRIBUTE, this);
    }
}
