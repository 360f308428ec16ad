package no.vidsynt.content.library.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import no.vidsynt.content.delivery.control.ContentOrigin;
import no.vidsynt.content.delivery.control.Deliveries;
import no.vidsynt.content.delivery.entity.Launch;
import no.vidsynt.content.library.control.ContentAccess;
import no.vidsynt.content.library.control.Library;
import no.vidsynt.content.library.entity.ContentItem;
import no.vidsynt.content.upload.boundary.ContentJson;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.security.boundary.CurrentPerson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The authors' library over the API (uploads go to {@code POST /api/v1/content/uploads}, multipart), and the two calls
 * a learner's page makes: launching a unit's content and reporting a package's completion with its launch token.
 */
@Path("v1/content")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Content")
@SecurityRequirement(name = "basic")
public class ContentResource {

    /**
     * Which unit to publish a version to. Checked in code, not with constraint annotations: Payara's OpenAPI
     * generator fails on {@code @Positive} in record components.
     */
    public record PublishRequest(Long unitId) {}

    /** Which unit to launch. */
    public record LaunchRequest(Long unitId) {}

    @Inject
    Library library;

    @Inject
    Deliveries deliveries;

    @Inject
    ContentAccess access;

    @Inject
    ContentOrigin origins;

    @Inject
    CurrentPerson currentPerson;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Search the library by title")
    public JsonObject search(@QueryParam("q") String query) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        library.search(query, access.ownerFilter(currentPerson.require()))
                .forEach(item -> items.add(Json.createObjectBuilder()
                        .add("id", item.id())
                        .add("title", item.title())
                        .add("kind", item.kind().name())
                        .add("latestVersion", item.latestVersion())
                        .add("fileName", item.fileName())
                        .add("size", item.size())
                        .add("usedIn", item.usedIn())));
        return Json.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("{itemId}")
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "An item with its versions (newest first) and the units that use it")
    public JsonObject item(@PathParam("itemId") long itemId) {
        ContentItem item = access.item(currentPerson.require(), itemId);
        JsonArrayBuilder versions = Json.createArrayBuilder();
        library.versions(itemId).forEach(version -> versions.add(ContentJson.version(version)));
        JsonArrayBuilder usage = Json.createArrayBuilder();
        library.usage(itemId)
                .forEach(use -> usage.add(Json.createObjectBuilder()
                        .add("unitId", use.unitId())
                        .add("unitTitle", use.unitTitle())
                        .add("courseTitle", use.courseTitle())
                        .add("versionNo", use.versionNo())
                        .add("publishedBy", use.publishedBy())
                        .add("learnersOnOlderVersions", use.learnersOnOlderVersions())));
        return Json.createObjectBuilder()
                .add("id", item.getId())
                .add("title", item.getTitle())
                .add("kind", item.getKind().name())
                .add("versions", versions)
                .add("usedIn", usage)
                .build();
    }

    @POST
    @Path("{itemId}/versions/{versionNo}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Publish a version to a content unit")
    public JsonObject publish(
            @PathParam("itemId") long itemId, @PathParam("versionNo") int versionNo, PublishRequest publish) {
        requireUnit(publish == null ? null : publish.unitId());
        var person = currentPerson.require();
        access.item(person, itemId);
        access.requireAuthoring(person, publish.unitId());
        var version = library.version(itemId, versionNo)
                .orElseThrow(() -> new NotFoundException("No version " + versionNo + " of item " + itemId + "."));
        return publication(library.publish(
                version.getId(), publish.unitId(), security.getUserPrincipal().getName()));
    }

    @GET
    @Path("units/{unitId}/publication")
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "What a unit shows")
    public JsonObject publicationOf(@PathParam("unitId") long unitId) {
        access.requireAuthoring(currentPerson.require(), unitId);
        return publication(library.publicationOf(unitId)
                .orElseThrow(() -> new NotFoundException("Unit " + unitId + " shows no content.")));
    }

    @POST
    @Path("units/{unitId}/rollback")
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Make a unit show the version it showed before")
    public JsonObject rollback(@PathParam("unitId") long unitId) {
        access.requireAuthoring(currentPerson.require(), unitId);
        return publication(library.rollback(unitId, security.getUserPrincipal().getName()));
    }

    @POST
    @Path("launches")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Open a unit's content: the version and, for a package, its URL on the content origin")
    public JsonObject launch(LaunchRequest launch) {
        requireUnit(launch == null ? null : launch.unitId());
        var person = currentPerson.require();
        String appOrigin = ContentOrigin.origin(request.getScheme(), request.getServerName(), request.getServerPort());
        String contentOrigin = origins.forApp(appOrigin);
        Launch opened = deliveries
                .launch(person, launch.unitId(), appOrigin, contentOrigin)
                .orElseThrow(() -> new NotFoundException("No content in unit " + launch.unitId() + "."));
        var version = library.version(opened.getVersionId()).orElseThrow();
        var json =
                Json.createObjectBuilder().add("token", opened.getToken()).add("version", ContentJson.version(version));
        if (version.getLaunchPath() != null) {
            json.add("packageUrl", contentOrigin + "/pkg/" + opened.getToken() + "/" + version.getLaunchPath());
        }
        return json.build();
    }

    @POST
    @Path("launches/{token}/completion")
    @RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Report that the launched package was completed (once per launch, by its own learner)")
    public Response complete(@PathParam("token") String token) {
        long personId = currentPerson.get().orElseThrow().getId();
        if (!deliveries.complete(token, personId)) {
            throw new NotFoundException("No open launch with this token.");
        }
        return Response.noContent().build();
    }

    private static void requireUnit(Long unitId) {
        if (unitId == null || unitId < 1) {
            throw new BadRequestException("Send {\"unitId\": <the course unit's id>}.");
        }
    }

    private static JsonObject publication(Library.Publication publication) {
        return Json.createObjectBuilder()
                .add("unitId", publication.unitId())
                .add("itemId", publication.itemId())
                .add("versionId", publication.versionId())
                .add("versionNo", publication.versionNo())
                .build();
    }
}
