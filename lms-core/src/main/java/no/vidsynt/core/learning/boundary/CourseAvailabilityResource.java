package no.vidsynt.core.learning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import no.vidsynt.core.learning.control.Learning;
import no.vidsynt.core.learning.control.LearningTexts;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.security.boundary.ApiCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which units of a published course are open to the caller, and in plain words why the others are not. */
@Path("v1/courses/{courseId}/availability")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "Learning")
@SecurityRequirement(name = "basic")
public class CourseAvailabilityResource {

    @Inject
    ApiCaller caller;

    @Inject
    Learning learning;

    /** One unit: the caller's status, whether it is open and, if not, why (in the caller's language). */
    public record UnitAvailability(
            long unitId,
            long sectionId,
            String title,
            String type,
            boolean required,
            String status,
            boolean available,
            List<String> reasons) {}

    @GET
    @Operation(summary = "Availability of every unit of a published course for the caller")
    public List<UnitAvailability> availability(@PathParam("courseId") long courseId) {
        Locale locale = caller.locale();
        Learning.CourseState state = learning.course(caller.person(), courseId)
                .orElseThrow(() -> new NotFoundException("There is no published course " + courseId + "."));
        return state.sections().stream()
                .flatMap(section -> section.units().stream()
                        .map(unit -> new UnitAvailability(
                                unit.unit().id(),
                                section.section().id(),
                                unit.unit().title(),
                                unit.unit().type(),
                                unit.unit().required(),
                                unit.status().name(),
                                unit.verdict().available(),
                                unit.verdict().reasons().stream()
                                        .map(reason -> LearningTexts.reason(reason, locale))
                                        .toList())))
                .toList();
    }
}
