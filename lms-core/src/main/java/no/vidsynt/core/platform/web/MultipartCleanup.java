package no.vidsynt.core.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes every part of a multipart request once the request is done, whatever its outcome. The container spools each
 * part (file or not, expected or not) to a temporary file ({@code upload__*.tmp}) and never removes it on its own, so
 * without this an author could fill the disk with extra parts or rejected uploads. Only requests whose parts were
 * read are touched: reading them here would spool a body that nobody asked for.
 */
@WebFilter(urlPatterns = "/*")
public class MultipartCleanup extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MultipartCleanup.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        PartsRead tracked = new PartsRead(request);
        try {
            chain.doFilter(tracked, response);
        } finally {
            if (tracked.read) {
                deleteParts(request);
            }
        }
    }

    private static void deleteParts(HttpServletRequest request) {
        Collection<Part> parts;
        try {
            parts = request.getParts();
        } catch (IOException | ServletException | RuntimeException failedToParse) {
            return; // the container discards what it spooled when parsing fails
        }
        for (Part part : parts) {
            try {
                part.delete();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the temporary file of an uploaded part", e);
            }
        }
    }

    /** Notes whether anyone read the parts (the container parses them once and keeps them). */
    private static final class PartsRead extends HttpServletRequestWrapper {

        private volatile boolean read;

        PartsRead(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Collection<Part> getParts() throws IOException, ServletException {
            read = true;
            return super.getParts();
        }

        @Override
        public Part getPart(String name) throws IOException, ServletException {
            read = true;
            return super.getPart(name);
        }

        @Override
        public String getParameter(String name) {
            read = true;
            return super.getParameter(name);
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            read = true;
            return super.getParameterMap();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            read = true;
            return super.getParameterNames();
        }

        @Override
        public String[] getParameterValues(String name) {
            read = true;
            return super.getParameterValues(name);
        }
    }
}
