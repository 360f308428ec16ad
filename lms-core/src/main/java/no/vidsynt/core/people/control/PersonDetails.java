package no.vidsynt.core.people.control;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import no.vidsynt.core.people.entity.Role;

/**
 * What an administrator states about a person when creating or editing them. The username is fixed once created.
 *
 * @param roles the person's roles; none given means learner
 * @param unitIds the units the person belongs to
 */
public record PersonDetails(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N}._@-]+") String username,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        @Pattern(regexp = "nb|en") String preferredLanguage,
        Set<Role> roles,
        Set<Long> unitIds) {
}
