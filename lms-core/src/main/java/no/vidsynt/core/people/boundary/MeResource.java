package no.vidsynt.core.people.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.vidsynt.core.people.control.OwnProfile;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in caller's own profile: who the API thinks you are. */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE})
@Tag(name = "People")
@SecurityRequirement(name = "basic")
public class MeResource {

    @Inject
    OwnProfile ownProfile;

    /** What the API returns about the caller: nothing secret (no hash, no sign-in counters). */
    public record Profile(
            String username,
            String displayName,
            String email,
            String preferredLanguage,
            List<String> roles,
            List<String> units) {

        static Profile of(Person person) {
            return new Profile(
                    person.getUsername(),
                    person.getDisplayName(),
                    person.getEmail(),
                    person.getPreferredLanguage(),
                    person.getRoles().stream().map(Role::groupName).sorted().toList(),
                    person.getUnits().stream()
                            .map(unit -> unit.getName())
                            .sorted()
                            .toList());
        }
    }

    @GET
    @Operation(summary = "The signed-in caller's profile")
    public Profile me() {
        return Profile.of(ownProfile.mine());
    }

    /** What callers may change about themselves; a missing field stays as it is. */
    public record ProfileChange(String displayName, String email, String preferredLanguage) {}

    /** A password change: the current password and a new one of at least 12 characters. */
    public record PasswordChange(String currentPassword, String newPassword) {}

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one's own name, e-mail or preferred language")
    public Profile update(ProfileChange change) {
        PeopleResource.requireBody(change);
        return Profile.of(ownProfile.update(change.displayName(), change.email(), change.preferredLanguage()));
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one's own password, given the current one")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "Wrong current password or too short a new one")
    public void changePassword(PasswordChange change) {
        PeopleResource.requireBody(change);
        ownProfile.changePassword(change.currentPassword(), change.newPassword());
    }
}
