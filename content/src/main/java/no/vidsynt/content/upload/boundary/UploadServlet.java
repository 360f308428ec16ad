package no.vidsynt.content.upload.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.vidsynt.content.library.entity.ContentVersion;
import no.vidsynt.content.upload.control.Intake;
import no.vidsynt.content.upload.control.UploadRejected;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.platform.rest.Problem;
import no.vidsynt.core.security.boundary.CurrentPerson;

/**
 * {@code POST /api/v1/content/uploads} (multipart/form-data): part {@code file}, optional {@code captions} (WebVTT for
 * a video), {@code title}, and {@code itemId} for a new version of an existing item. A plain servlet rather than a
 * REST resource so that the container spools each part to disk ({@code fileSizeThreshold = 0}) and the upload streams
 * from there through the checks: a 2 GB film never sits in memory. Authors and admins only. Answers 201 with the new
 * version, 400 with a problem document that says in plain words why a file was rejected, 413 when too large.
 */
@WebServlet(urlPatterns = "/api/v1/content/uploads")
@MultipartConfig(fileSizeThreshold = 0)
public class UploadServlet extends HttpServlet {

    @Inject
    Intake intake;

    @Inject
    CurrentPerson currentPerson;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"VidSynt\", charset=\"UTF-8\"");
            problem(request, response, 401, "Sign in: send HTTP Basic credentials or a session cookie.", null);
            return;
        }
        if (!request.isUserInRole(Role.AUTHOR_ROLE) && !request.isUserInRole(Role.ADMIN_ROLE)) {
            problem(request, response, 403, "Only authors and administrators upload content.", null);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > intake.limits().maxUploadBytes() + 1024 * 1024) {
            problem(
                    request,
                    response,
                    413,
                    ContentTexts.rejection(
                            locale(request),
                            "",
                            new UploadRejected(
                                    UploadRejected.Reason.TOO_LARGE,
                                    no.vidsynt.content.upload.control.Sizes.readable(
                                            intake.limits().maxUploadBytes()))),
                    "TOO_LARGE");
            return;
        }
        Part file;
        Part captions;
        Long itemId;
        String title;
        try {
            file = request.getPart("file");
            captions = request.getPart("captions");
            itemId = number(text(request.getPart("itemId")));
            title = text(request.getPart("title"));
        } catch (ServletException | IllegalStateException e) {
            problem(request, response, 400, "Send multipart/form-data with a part named 'file'.", null);
            return;
        }
        if (file == null || file.getSubmittedFileName() == null) {
            problem(request, response, 400, "Send multipart/form-data with a part named 'file'.", null);
            return;
        }
        String fileName = file.getSubmittedFileName();
        try (InputStream in = file.getInputStream();
                InputStream captionsIn = captions == null ? null : captions.getInputStream()) {
            ContentVersion version = intake.upload(
                    in,
                    fileName,
                    captionsIn,
                    captions == null ? null : captions.getSubmittedFileName(),
                    title,
                    itemId,
                    currentPerson.require());
            response.setStatus(201);
            response.setHeader("Location", request.getContextPath() + "/api/v1/content/" + version.getItemId());
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(ContentJson.version(version).build().toString());
        } catch (UploadRejected rejected) {
            problem(
                    request,
                    response,
                    rejected.reason() == UploadRejected.Reason.TOO_LARGE ? 413 : 400,
                    ContentTexts.rejection(locale(request), fileName, rejected),
                    rejected.reason().name());
        } catch (Refusal refused) {
            problem(request, response, refused.kind().status(), refused.message(locale(request)), null);
        } finally {
            file.delete();
            if (captions != null) {
                captions.delete();
            }
        }
    }

    /** The uploader's chosen language (the library page's), else the one the client asks for. */
    private static Locale locale(HttpServletRequest request) {
        return no.vidsynt.core.platform.web.LanguageChoice.of(request);
    }

    private static void problem(
            HttpServletRequest request, HttpServletResponse response, int status, String detail, String reason)
            throws IOException {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add(
                        "title",
                        jakarta.ws.rs.core.Response.Status.fromStatusCode(status) == null
                                ? "Error"
                                : jakarta.ws.rs.core.Response.Status.fromStatusCode(status)
                                        .getReasonPhrase())
                .add("status", status)
                .add("detail", detail)
                .add("instance", request.getRequestURI());
        if (reason != null) {
            body.add("reason", reason);
        }
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.build().toString());
    }

    private static String text(Part part) throws IOException {
        if (part == null || part.getSize() > 1000) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private static Long number(String text) {
        return text == null || !text.matches("\\d{1,18}") ? null : Long.valueOf(text);
    }
}
