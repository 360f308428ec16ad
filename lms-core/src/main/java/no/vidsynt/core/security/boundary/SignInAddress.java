package no.vidsynt.core.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The sign-in page's address with the page to return to afterwards, and the check that such a return address is a
 * page of this platform (never another site: the parameter comes from a link anyone can craft).
 */
public final class SignInAddress {

    public static final String RETURN_PARAMETER = "returnTo";
    private static final int MAX_LENGTH = 1000;

    private SignInAddress() {}

    /** The sign-in page, remembering the requested page when it was a plain GET. */
    static String of(HttpServletRequest request) {
        String signIn = request.getContextPath() + "/login.xhtml";
        if (!"GET".equals(request.getMethod())) {
            return signIn;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        String target = query == null ? path : path + "?" + query;
        return safeReturn(target)
                .map(t -> signIn + "?" + RETURN_PARAMETER + "=" + URLEncoder.encode(t, StandardCharsets.UTF_8))
                .orElse(signIn);
    }

    /** The return address when it is a path inside the platform (relative to the context root), else empty. */
    public static Optional<String> safeReturn(String target) {
        if (target == null
                || target.isEmpty()
                || target.length() > MAX_LENGTH
                || !target.startsWith("/")
                || target.startsWith("//")
                || target.contains("\\")
                || target.startsWith("/login.xhtml")
                || target.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return Optional.empty();
        }
        return Optional.of(target);
    }
}
