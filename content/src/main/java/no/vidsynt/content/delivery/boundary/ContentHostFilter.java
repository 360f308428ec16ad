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
 * With a dedicated content origin configured, that host serves package files only: the app's pages, API and media
 * answer 404 there, so a package can never reach them on its own origin either.
 */
@WebFilter(urlPatterns = "/*")
public class ContentHostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ContentOrigin origins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var dedicated = origins.dedicated();
        if (dedicated.isPresent() && dedicated.get().equalsIgnoreCase(ContentSender.originOf(request))
                && !request.getRequestURI().startsWith(request.getContextPath() + "/pkg/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
