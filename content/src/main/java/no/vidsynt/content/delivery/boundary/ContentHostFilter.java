package no.vidsynt.content.delivery.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.vidsynt.content.delivery.control.ContentOrigin;

/**
 * The content origin serves package files only: the app's pages, API and media answer 404 there, so a package can
 * never reach them (or show the app's sign-in form) on its own origin. See {@link ContentOrigin#servesContentOnly}:
 * the configured origin, or without one the derived {@code content.} host or loopback name.
 */
@WebFilter(urlPatterns = "/*")
public class ContentHostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentOrigin origins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (origins.servesContentOnly(ContentSender.originOf(request))
                && !request.getRequestURI().startsWith(request.getContextPath() + "/pkg/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
