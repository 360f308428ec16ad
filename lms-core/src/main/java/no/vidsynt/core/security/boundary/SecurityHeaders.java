package no.vidsynt.core.security.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.TreeSet;

/**
 * The response headers every answer of the platform carries: no content sniffing, no referrer to other sites, no
 * powerful browser features, HSTS over HTTPS, and a Content-Security-Policy for its pages. Package files and media
 * ({@code /pkg/}, {@code /media/}) set their own, stricter policies on the content origin and are left to them.
 *
 * <p>The page policy still allows inline script and style: PrimeFaces renders inline handlers and widget scripts
 * (its nonce mode is not used). Everything else is limited to the app itself: scripts, styles, images, media and
 * calls from its own origin only, frames only from the origins {@link FrameSources} name, no plugins, no
 * {@code <base>}, forms posting only to the app, and no framing by other sites.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PERMISSIONS =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), " + "interest-cohort=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    Instance<FrameSources> frameSources;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        if (overHttps(request)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/pkg/") && !path.startsWith("/media/")) {
            response.setHeader("Content-Security-Policy", pagePolicy(appOrigin(request)));
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        chain.doFilter(request, response);
    }

    String pagePolicy(String appOrigin) {
        TreeSet<String> frames = new TreeSet<>();
        if (frameSources != null) {
            frameSources.forEach(source -> frames.addAll(source.forApp(appOrigin)));
        }
        String frameList = frames.isEmpty() ? "" : " " + String.join(" ", frames);
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; "
                + "font-src 'self' data:; "
                + "media-src 'self' blob:; "
                + "connect-src 'self'; "
                + "frame-src 'self'" + frameList + "; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'self'";
    }

    private static boolean overHttps(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    private static String appOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
