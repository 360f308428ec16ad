package no.vidsynt.content.delivery.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.vidsynt.content.delivery.control.Deliveries;
import no.vidsynt.content.library.control.Library;
import no.vidsynt.content.library.entity.ContentVersion;
import no.vidsynt.content.store.control.ContentStore;
import no.vidsynt.core.security.boundary.CurrentPerson;

/**
 * Pictures, documents, video, audio and captions at content-addressed URLs, {@code /media/<version id>/<sha256>}
 * ({@code /media/<version id>/captions} for a video's captions): the bytes under a URL never change, so browsers may
 * cache them for a year. Only for signed-in people allowed to see the version (see {@link Deliveries#mayFetch}).
 */
@WebServlet(urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

    static final String CACHE = "private, max-age=31536000, immutable";

    @Inject
    ContentStore store;

    @Inject
    Library library;

    @Inject
    Deliveries deliveries;

    @Inject
    CurrentPerson currentPerson;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null
                ? new String[0]
                : request.getPathInfo().split("/");
        if (parts.length != 3
                || !parts[1].matches("\\d{1,18}")
                || currentPerson.get().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ContentVersion version = library.version(Long.parseLong(parts[1])).orElse(null);
        boolean captions = "captions".equals(parts[2]);
        String sha256 = version == null ? null : captions ? version.getCaptionsSha256() : version.getSha256();
        if (sha256 == null
                || !captions && !sha256.equals(parts[2])
                || !deliveries.mayFetch(sha256, currentPerson.get().get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = captions
                ? "text/vtt; charset=utf-8"
                : version.getMediaType().startsWith("text/")
                        ? version.getMediaType() + "; charset=utf-8"
                        : version.getMediaType();
        if (!version.getMediaType().equals("application/pdf")) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        }
        response.setHeader(
                "Content-Disposition",
                version.getMediaType().equals("application/pdf")
                                || captions
                                || version.getMediaType().startsWith("image/")
                                || version.getMediaType().startsWith("video/")
                                || version.getMediaType().startsWith("audio/")
                        ? "inline"
                        : "attachment");
        ContentSender.send(request, response, store, sha256, type, captions ? "private, max-age=3600" : CACHE);
    }
}
