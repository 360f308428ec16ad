package no.vidsynt.core.security.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import no.vidsynt.core.platform.rest.Problem;

/**
 * Keeps other sites from using a signed-in person's browser against the API (cross-site request forgery).
 * A state-changing call that carries the browser's session cookie must also carry the header {@value #HEADER}
 * (a page on another site cannot add one without the CORS permission this API never gives) and come from a page of
 * this platform (its {@code Origin}, or else {@code Referer}). Calls with HTTP Basic credentials carry no ambient
 * credential and stay as they are. No endpoint takes form-encoded bodies, so those are refused for everyone.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CrossSiteRequestGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The header every script of the platform sends with the API calls it makes. */
    public static final String HEADER = "X-Requested-With";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported Media Type",
                    "The API takes no form-encoded bodies; send the content type the call documents.");
            return;
        }
        if (bySessionCookie(request) && !(hasHeader(request) && sameOrigin(request))) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "Forbidden",
                    "A call made with the browser's session must come from a page of this platform and carry the "
                            + HEADER + " header.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean bySessionCookie(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        return !basic && request.getRequestedSessionId() != null;
    }

    private static boolean hasHeader(HttpServletRequest request) {
        String value = request.getHeader(HEADER);
        return value != null && !value.isBlank();
    }

    /** Whether the page that made the call is of this host: Origin when the browser sent one, else Referer. */
    static boolean sameOrigin(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if (source == null || source.isBlank()) {
            source = request.getHeader("Referer");
        }
        return source != null && sameHost(source, request.getHeader("Host"));
    }

    /** Whether the URL's host and port are those the request was addressed to (its Host header). */
    static boolean sameHost(String url, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI source = URI.create(url.trim());
            if (source.getHost() == null || source.getScheme() == null) {
                return false;
            }
            int sourcePort = source.getPort() != -1 ? source.getPort() : defaultPort(source.getScheme());
            URI target = URI.create(source.getScheme() + "://" + host.trim());
            int targetPort = target.getPort() != -1 ? target.getPort() : defaultPort(source.getScheme());
            return source.getHost().equalsIgnoreCase(target.getHost()) && sourcePort == targetPort;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(JSON.toJson(new Problem("about:blank", title, status, detail, request.getRequestURI(), null)));
    }
}
