package no.vidsynt.content.delivery.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Optional;
import no.vidsynt.content.delivery.control.Deliveries;
import no.vidsynt.content.delivery.entity.Launch;
import no.vidsynt.content.library.entity.PackageFile;
import no.vidsynt.content.store.control.ContentStore;

/**
 * The files of an HTML package, {@code /pkg/<launch token>/<path>}, served ONLY on the launch's content origin (another
 * host name than the app's, so the app's host-only session cookie is never sent here and the package's scripts cannot
 * reach the app's pages or API). Every response carries a Content-Security-Policy: the package may load and fetch
 * only from its own origin and may be framed only by the app page that launched it. Needs no session: the
 * unguessable token is the key, and it opens nothing but these files.
 */
@WebServlet(urlPatterns = "/pkg/*")
public class PackageServlet extends HttpServlet {

    @Inject
    Deliveries deliveries;

    @Inject
    ContentStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pathInfo = request.getPathInfo();
        int slash = pathInfo == null ? -1 : pathInfo.indexOf('/', 1);
        if (slash < 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String token = pathInfo.substring(1, slash);
        String path = Normalizer.normalize(pathInfo.substring(slash + 1), Normalizer.Form.NFC);
        String origin = ContentSender.originOf(request);
        Optional<Launch> launch = deliveries.launchOf(token);
        Optional<PackageFile> file = deliveries.packageFile(token, origin, path);
        if (launch.isEmpty() || file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Content-Security-Policy", policy(launch.get()));
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        String type = file.get().getMediaType();
        if (type.startsWith("text/") || type.equals("application/json") || type.equals("image/svg+xml")) {
            type = type + "; charset=utf-8";
        }
        ContentSender.send(request, response, store, file.get().getSha256(), type, "private, max-age=3600");
    }

    /** What a package may do: everything from its own origin, nothing elsewhere; framed only by the app page. */
    static String policy(Launch launch) {
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self' data:; connect-src 'self'; "
                + "frame-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors " + launch.getAppOrigin();
    }
}
