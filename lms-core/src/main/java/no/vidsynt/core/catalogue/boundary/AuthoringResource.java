package no.vidsynt.core.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import no.vidsynt.core.catalogue.control.Catalogue;
import no.vidsynt.core.catalogue.control.CourseAccess;
import no.vidsynt.core.catalogue.control.CourseAuthoring;
import no.vidsynt.core.catalogue.control.CoursePublishing;
import no.vidsynt.core.catalogue.control.CourseStructure;
import no.vidsynt.core.catalogue.control.Editor;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.people.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Building courses: the drafts of the courses the caller authors (all courses for administrators). Courses the caller
 * may not edit answer 404. Changes may send the course version they are based on in {@code If-Match} (the course
 * update carries it in its body, where it is required); a change based on an older version answers 409.
 */
@Path("v1/authoring/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Course authoring")
@SecurityRequirement(name = "basic")
public class AuthoringResource {

    private static final String IF_MATCH = "If-Match";
    private static final String VERSION_HINT = "the course version this change is based on";

    @Inject
    CurrentEditor editor;

    @Inject
    CourseAuthoring authoring;

    @Inject
    CourseStructure structure;

    @Inject
    CoursePublishing publishing;

    @Inject
    CourseAccess access;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Lists the courses the caller may edit")
    public CourseJson.Page<CourseJson.Authored> mine(
            @QueryParam("programme") String programme,
            @QueryParam("q") String words,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        String needle = words == null || words.isBlank() ? null : words.strip().toLowerCase(Locale.ROOT);
        List<CourseJson.Authored> all = authoring.editable(editor.get()).stream()
                .filter(course -> programme == null || programme.equals(course.getProgrammeKey()))
                .filter(course -> needle == null
                        || course.getTitle().toLowerCase(Locale.ROOT).contains(needle))
                .map(CourseJson.Authored::of)
                .toList();
        RequestChecks.paging(page, size);
        Catalogue.Page<CourseJson.Authored> found = Catalogue.slice(all, page, size);
        return new CourseJson.Page<>(found.items(), found.total(), found.page(), found.size());
    }

    @POST
    @Operation(summary = "Creates a course in a programme; the caller becomes its author")
    public Response create(CourseJson.CourseInput input) {
        RequestChecks.body(input);
        Course course = authoring.create(editor.get(), input.programme(), input.details());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(course.getId()))
                        .build())
                .entity(draft(course.getId()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The course's draft, with what publishing would change")
    public CourseJson.Draft get(@PathParam("id") long id) {
        return draft(id);
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Changes the title, summary, self-enrolment and completion rule; the body's version is required")
    public CourseJson.Draft update(@PathParam("id") long id, CourseJson.CourseInput input) {
        RequestChecks.body(input);
        if (input.version() == null) {
            throw new BadRequestException("Send the course's version (from GET) with the change.");
        }
        authoring.update(editor.get(), id, input.version(), input.details());
        return draft(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deletes a course that was never published")
    public Response delete(
            @PathParam("id") long id, @HeaderParam(IF_MATCH) @Parameter(description = VERSION_HINT) String ifMatch) {
        authoring.delete(editor.get(), id, version(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/authors")
    @Operation(summary = "Adds an author to the course")
    public CourseJson.Draft addAuthor(@PathParam("id") long id, CourseJson.AuthorInput input) {
        RequestChecks.body(input);
        authoring.addAuthor(editor.get(), id, input.username());
        return draft(id);
    }

    @POST
    @Path("{id}/sections")
    @Operation(summary = "Adds a section at the end")
    public Response addSection(
            @PathParam("id") long id, @HeaderParam(IF_MATCH) String ifMatch, CourseJson.SectionInput input) {
        RequestChecks.body(input);
        structure.addSection(editor.get(), id, version(ifMatch), input.title());
        return Response.status(Response.Status.CREATED).entity(draft(id)).build();
    }

    @PUT
    @Path("{id}/sections/order")
    @Operation(summary = "Puts the sections in a new order (every section id, once)")
    public CourseJson.Draft reorderSections(
            @PathParam("id") long id, @HeaderParam(IF_MATCH) String ifMatch, CourseJson.Order order) {
        RequestChecks.body(order);
        structure.reorderSections(editor.get(), id, version(ifMatch), order.ids());
        return draft(id);
    }

    @PUT
    @Path("{id}/sections/{sectionId}")
    @Operation(summary = "Renames a section")
    public CourseJson.Draft renameSection(
            @PathParam("id") long id,
            @PathParam("sectionId") long sectionId,
            @HeaderParam(IF_MATCH) String ifMatch,
            CourseJson.SectionInput input) {
        RequestChecks.body(input);
        structure.renameSection(editor.get(), id, version(ifMatch), sectionId, input.title());
        return draft(id);
    }

    @DELETE
    @Path("{id}/sections/{sectionId}")
    @Operation(summary = "Removes a section and its units from the draft (their ids stay valid for history)")
    public CourseJson.Draft removeSection(
            @PathParam("id") long id, @PathParam("sectionId") long sectionId, @HeaderParam(IF_MATCH) String ifMatch) {
        structure.removeSection(editor.get(), id, version(ifMatch), sectionId);
        return draft(id);
    }

    @POST
    @Path("{id}/sections/{sectionId}/units")
    @Operation(summary = "Adds a unit of a registered type at the end of a section")
    public Response addUnit(
            @PathParam("id") long id,
            @PathParam("sectionId") long sectionId,
            @HeaderParam(IF_MATCH) String ifMatch,
            CourseJson.NewUnit input) {
        RequestChecks.body(input);
        structure.addUnit(editor.get(), id, version(ifMatch), sectionId, input.type(), input.title());
        return Response.status(Response.Status.CREATED).entity(draft(id)).build();
    }

    @PUT
    @Path("{id}/sections/{sectionId}/units/order")
    @Operation(summary = "Puts a section's units in a new order (every unit id of the section, once)")
    public CourseJson.Draft reorderUnits(
            @PathParam("id") long id,
            @PathParam("sectionId") long sectionId,
            @HeaderParam(IF_MATCH) String ifMatch,
            CourseJson.Order order) {
        RequestChecks.body(order);
        structure.reorderUnits(editor.get(), id, version(ifMatch), sectionId, order.ids());
        return draft(id);
    }

    @PUT
    @Path("{id}/units/{unitId}")
    @Operation(summary = "Changes a unit: title, required, the type's settings and the availability rules")
    public CourseJson.Draft updateUnit(
            @PathParam("id") long id,
            @PathParam("unitId") long unitId,
            @HeaderParam(IF_MATCH) String ifMatch,
            CourseJson.UnitInput input) {
        RequestChecks.body(input);
        structure.editUnit(
                editor.get(),
                id,
                version(ifMatch),
                unitId,
                new no.vidsynt.core.catalogue.control.CourseStructure.UnitChange(
                        input.title(),
                        input.required(),
                        input.settings() == null ? null : input.settings().toString(),
                        input.availability()));
        return draft(id);
    }

    @DELETE
    @Path("{id}/units/{unitId}")
    @Operation(summary = "Removes a unit from the draft (its id stays valid for history)")
    public CourseJson.Draft removeUnit(
            @PathParam("id") long id, @PathParam("unitId") long unitId, @HeaderParam(IF_MATCH) String ifMatch) {
        structure.removeUnit(editor.get(), id, version(ifMatch), unitId);
        return draft(id);
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publishes the draft as the next version; learners see it from now on")
    public CourseJson.Version publish(@PathParam("id") long id, @HeaderParam(IF_MATCH) String ifMatch) {
        return CourseJson.Version.of(publishing.publish(editor.get(), id, version(ifMatch)));
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "The course's published versions, newest first")
    public List<CourseJson.Version> versions(@PathParam("id") long id) {
        return publishing.versions(editor.get(), id).stream()
                .map(CourseJson.Version::of)
                .toList();
    }

    private CourseJson.Draft draft(long id) {
        Editor who = editor.get();
        Course course = access.editable(who, id);
        return CourseJson.Draft.of(
                course,
                access.sections(id),
                access.units(id),
                publishing.unpublishedChanges(course),
                authoring.authorNames(course));
    }

    /** The version in an If-Match header ("7" or the ETag form "\"7\""), or null when none was sent. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(ifMatch.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match must hold the course version, a number.");
        }
    }
}
