package no.vidsynt.core.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import no.vidsynt.core.organisation.control.OrgUnits;
import no.vidsynt.core.people.control.PeopleAdministration;
import no.vidsynt.core.people.control.PeopleImport;
import no.vidsynt.core.people.control.PeopleSearch;
import no.vidsynt.core.people.control.PersonDetails;
import no.vidsynt.core.people.control.ResultPage;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** People, for administrators: search, read, create, edit, deactivate and reactivate, set a password, import. */
@Path("v1/people")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Role.ADMIN_ROLE)
@Tag(name = "People")
@SecurityRequirement(name = "basic")
public class PeopleResource {

    @Inject
    PeopleSearch search;

    @Inject
    PeopleAdministration administration;

    @Inject
    PeopleImport importer;

    @Inject
    OrgUnits orgUnits;

    /** A new password, set by an administrator. */
    public record NewPassword(String password) {}

    @GET
    @Operation(
            summary = "Search people",
            description =
                    "Sorted by name; filter by name, username or e-mail (q), unit "
                            + "(with the units below it), role and active. Returns {items, total, page, size}; pages count from 0.")
    public ResultPage<PersonView> list(
            @QueryParam("q") String text,
            @QueryParam("unit") Long unitId,
            @Parameter(description = "learner, trainer, author, leader or admin") @QueryParam("role") String role,
            @QueryParam("active") Boolean active,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        requirePossible(page, size);
        var criteria = new PeopleSearch.Criteria(text, unitId, role(role), active);
        var tree = orgUnits.tree();
        return search.search(criteria, ResultPage.page(page), ResultPage.size(size))
                .map(person -> PersonView.of(person, tree));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One person")
    @APIResponse(responseCode = "404", description = "No such person")
    public PersonView get(@PathParam("id") long id) {
        return view(administration.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a person", description = "Without a password: set one with PUT {id}/password.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "Username or e-mail taken")
    public Response create(PersonDetails details) {
        requireBody(details);
        PersonView created = view(administration.create(details));
        return Response.created(URI.create("v1/people/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a person's name, e-mail, language, roles and units (the username stays)")
    public PersonView update(@PathParam("id") long id, PersonDetails details) {
        requireBody(details);
        return view(administration.update(id, details));
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate: the person can no longer sign in; their history stays")
    public PersonView deactivate(@PathParam("id") long id) {
        return view(administration.deactivate(id));
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Reactivate a deactivated person")
    public PersonView reactivate(@PathParam("id") long id) {
        return view(administration.reactivate(id));
    }

    @PUT
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a person's password (at least 12 characters)")
    @APIResponse(responseCode = "204", description = "Set")
    public void setPassword(@PathParam("id") long id, NewPassword body) {
        requireBody(body);
        administration.setPassword(id, body.password());
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Import people from CSV",
            description = "UTF-8, semicolon-separated, header "
                    + "username;name;email;language;roles;units; roles and units comma-separated, units by name or path "
                    + "(Region sør/Avdeling Arendal). dryRun=true only reports. The import applies every line or none: "
                    + "with any problem it answers 400 with the report and changes nothing.")
    @APIResponse(responseCode = "200", description = "The report: created, updated, unchanged, problems by line")
    @APIResponse(responseCode = "400", description = "The file has problems; nothing was changed")
    public Response importPeople(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, String csv) {
        PeopleImport.Report report = dryRun ? importer.dryRun(csv) : importer.apply(csv);
        var status = !dryRun && !report.applied() ? Response.Status.BAD_REQUEST : Response.Status.OK;
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(ImportReportView.of(report))
                .build();
    }

    private PersonView view(Person person) {
        return PersonView.of(person, orgUnits.tree());
    }

    /** Impossible paging is the caller's mistake, answered as the other lists answer it. */
    public static void requirePossible(Integer page, Integer size) {
        if (!ResultPage.possible(page, size)) {
            throw new BadRequestException("page must be 0 or more and size between 1 and " + ResultPage.MAX_SIZE + ".");
        }
    }

    /** A missing JSON body is the caller's mistake (400), not ours. */
    public static void requireBody(Object body) {
        if (body == null) {
            throw new BadRequestException("Send the fields as a JSON object.");
        }
    }

    static Role role(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException("Unknown role: use learner, trainer, author, leader or admin.");
        }
    }
}
