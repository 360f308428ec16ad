package no.vidsynt.core.people.control;

import java.util.Set;
import java.util.regex.Pattern;
import no.vidsynt.core.people.entity.Role;

/**
 * What an administrator states about a person when creating or editing them. The username is fixed once created.
 * Checked by {@link #check()} in the service rather than by Bean Validation annotations, which Payara's OpenAPI
 * generator cannot read on record components.
 *
 * @param preferredLanguage nb or en; none given means nb
 * @param roles the person's roles; none given means learner
 * @param unitIds the units the person belongs to
 */
public record PersonDetails(
        String username,
        String displayName,
        String email,
        String preferredLanguage,
        Set<Role> roles,
        Set<Long> unitIds) {

    static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s;,]+@[^@\\s;,]+\\.[^@\\s;,]+");

    /** Refuses (400) details that are missing or malformed. */
    public void check() {
        if (username == null || username.isBlank()) {
            throw new Refused(400, "refused.missing", "username");
        }
        if (!USERNAME.matcher(username.trim()).matches()) {
            throw new Refused(400, "refused.badUsername", username);
        }
        if (displayName == null || displayName.isBlank()) {
            throw new Refused(400, "refused.missing", "displayName");
        }
        if (displayName.trim().length() > 200) {
            throw new Refused(400, "refused.tooLong", "displayName", 200);
        }
        if (no.vidsynt.core.platform.input.SingleLine.hasBreak(displayName)) {
            throw new Refused(400, "refused.lineBreak", "displayName");
        }
        if (email == null || email.isBlank()) {
            throw new Refused(400, "refused.missing", "email");
        }
        if (email.trim().length() > 254 || !EMAIL.matcher(email.trim()).matches()) {
            throw new Refused(400, "refused.badEmail", email);
        }
        if (preferredLanguage != null
                && !preferredLanguage.isBlank()
                && !preferredLanguage.equals("nb")
                && !preferredLanguage.equals("en")) {
            throw new Refused(400, "refused.badLanguage", preferredLanguage);
        }
    }
}
