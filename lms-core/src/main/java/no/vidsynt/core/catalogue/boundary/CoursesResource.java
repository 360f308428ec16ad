package no.vidsynt.core.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.vidsynt.core.catalogue.control.Catalogue;
import no.vidsynt.core.catalogue.control.CourseNotFound;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.PublishedCourses;
import no.vidsynt.core.people.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published catalogue, for everyone signed in: only published versions, never drafts. */
@Path("v1/courses")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Catalogue")
@SecurityRequirement(name = "basic")
public class CoursesResource {

    @Inject
    Catalogue catalogue;

    @Inject
    PublishedCourses published;

    @GET
    @Operation(summary = "Lists published courses by programme and title, one page at a time")
    public CourseJson.Page<CourseJson.Listed> list(
            @QueryParam("programme") @Parameter(description = "only this programme's courses") String programme,
            @QueryParam("q") @Parameter(description = "words in the title or summary") String words,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        RequestChecks.paging(page, size);
        Catalogue.Page<Catalogue.Entry> found = catalogue.published(programme, words, page, size);
        return new CourseJson.Page<>(
                found.items().stream().map(CourseJson.Listed::of).toList(), found.total(), found.page(), found.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The latest published version of a course: sections, units and their availability rules")
    public PublishedCourse get(@PathParam("id") long id) {
        return published.latest(id).orElseThrow(() -> new CourseNotFound("published course", id));
    }
}
