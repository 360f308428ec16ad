package no.vidsynt.core.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.vidsynt.core.audit.control.AuditTrail;
import no.vidsynt.core.audit.entity.AuditEntry;
import no.vidsynt.core.people.control.ResultPage;
import no.vidsynt.core.people.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log of administrative changes, for administrators. */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Role.ADMIN_ROLE)
@Tag(name = "Audit")
@SecurityRequirement(name = "basic")
public class AuditResource {

    @Inject
    AuditTrail trail;

    /** One entry. */
    public record Entry(
            long id, Instant at, String actor, String action, String targetType, String targetId, String details) {

        static Entry of(AuditEntry entry) {
            return new Entry(
                    entry.getId(),
                    entry.getAt(),
                    entry.getActor(),
                    entry.getAction(),
                    entry.getTargetType(),
                    entry.getTargetId(),
                    entry.getDetails());
        }
    }

    @GET
    @Operation(summary = "Audit entries, newest first", description = "Returns {items, total, page, size}.")
    public ResultPage<Entry> list(
            @QueryParam("actor") String actor,
            @Parameter(description = "an action or its start, e.g. person. or person.created") @QueryParam("action")
                    String action,
            @Parameter(description = "first day, yyyy-mm-dd (Norwegian time)") @QueryParam("from") String from,
            @Parameter(description = "last day, yyyy-mm-dd") @QueryParam("to") String to,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        no.vidsynt.core.people.boundary.PeopleResource.requirePossible(page, size);
        return trail.search(
                        new AuditTrail.Criteria(actor, action, date(from), date(to)),
                        ResultPage.page(page),
                        ResultPage.size(size))
                .map(Entry::of);
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("Dates are written yyyy-mm-dd.");
        }
    }
}
