package no.vidsynt.core.scheduling.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.scheduling.control.CalendarFeeds;
import no.vidsynt.core.security.boundary.CurrentPerson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Personal calendar feeds. The feed itself is public: its URL carries a secret token, since calendar apps cannot
 * sign in. The signed-in person gets, renews (which revokes the old URL) or revokes their own feed URL.
 */
@Path("v1/calendar")
@RequestScoped
@Tag(name = "Training sessions")
public class CalendarResource {

    @Inject
    CalendarFeeds feeds;

    @Inject
    CurrentPerson currentPerson;

    @Context
    UriInfo uri;

    @GET
    @Path("{token}.ics")
    @PermitAll
    @Produces("text/calendar")
    @Operation(summary = "A person's booked sessions as an iCalendar feed; the token in the URL is the secret")
    public Response feed(@PathParam("token") String token) {
        String ics = feeds.feed(token).orElseThrow(() -> new NotFoundException("No such calendar feed."));
        return Response.ok(ics, "text/calendar; charset=UTF-8")
                .header("Cache-Control", "private, max-age=300")
                .build();
    }

    @GET
    @Path("feed")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "The caller's feed URL, if one exists")
    public Map<String, String> mine() {
        String token = feeds.tokenOf(me().getId()).orElseThrow(() -> new NotFoundException("No calendar feed yet."));
        return Map.of("url", url(token));
    }

    @POST
    @Path("feed")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Make a new feed URL (the old one stops working)")
    public Map<String, String> renew() {
        return Map.of("url", url(feeds.renew(me().getId())));
    }

    @DELETE
    @Path("feed")
    @RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
    @Operation(summary = "Revoke the feed URL")
    public Response revoke() {
        feeds.revoke(me().getId());
        return Response.noContent().build();
    }

    private String url(String token) {
        return uri.getBaseUriBuilder()
                .path("v1/calendar/" + token + ".ics")
                .build()
                .toString();
    }

    private Person me() {
        return currentPerson.require();
    }
}
