package no.vidsynt.core.selfstudy.page.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.selfstudy.Caller;
import no.vidsynt.core.selfstudy.page.control.MarkdownRenderer;
import no.vidsynt.core.selfstudy.page.control.ReadingPages;
import no.vidsynt.core.selfstudy.page.control.ReadingPages.PageView;
import no.vidsynt.core.selfstudy.page.entity.PageFile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading pages over the API: the rendered (sanitized) page, marking it done, its files, and a Markdown preview. */
@Path("v1/selfstudy")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Self-study")
@SecurityRequirement(name = "basic")
public class PagesResource {

    /** A page as the API gives it: safe HTML, never the author's raw input unless asked by an editor. */
    public record Page(
            long unitId, String title, String html, int readingMinutes, boolean doneAtEnd, boolean completed) {}

    /** The result of marking a page done. */
    public record Done(long unitId, boolean completed) {}

    @Inject
    ReadingPages pages;

    @Inject
    Caller caller;

    @GET
    @Path("pages/{unit}")
    @Operation(summary = "A reading page, rendered to sanitized HTML, with its reading time")
    public Page page(@PathParam("unit") long unitId) {
        PageView view = pages.page(unitId);
        return new Page(
                unitId,
                view.unit().title(),
                view.html(),
                view.readingMinutes(),
                view.doneAtEnd(),
                pages.isDone(caller.person(), unitId));
    }

    @POST
    @Path("pages/{unit}/done")
    @Operation(summary = "Marks the reading page done for the caller")
    public Done markDone(@PathParam("unit") long unitId) {
        pages.markDone(caller.person(), unitId);
        return new Done(unitId, true);
    }

    @POST
    @Path("markdown/preview")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Renders Markdown the way learners will see it (sanitized HTML)")
    public String preview(String markdown) {
        if (markdown != null && markdown.length() > ReadingPages.MAX_MARKDOWN) {
            throw new no.vidsynt.core.selfstudy.InvalidInput("page.tooLong", ReadingPages.MAX_MARKDOWN);
        }
        return MarkdownRenderer.toSafeHtml(markdown);
    }

    @GET
    @Path("files/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "An image or attachment of a reading page")
    public Response file(@PathParam("id") long fileId) {
        caller.person();
        PageFile file = pages.file(fileId);
        String disposition = (file.isImage() ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return Response.ok(file.getData(), file.getContentType())
                .header("Content-Disposition", disposition)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(cache)
                .build();
    }
}
