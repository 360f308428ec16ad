package no.vidsynt.core.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Audited;
import no.vidsynt.core.platform.web.Languages;

/**
 * What anyone signed in may change about themselves: name, e-mail, language and password. Units and roles are
 * the administrators' to change.
 */
@ApplicationScoped
@Transactional
public class OwnProfile {

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminCheck caller;

    @Inject
    PasswordHasher hasher;

    @Inject
    Event<Audited> audit;

    public Person mine() {
        String username = caller.callerName();
        if (username == null) {
            throw Refused.notFound();
        }
        return em.createNamedQuery(Person.BY_USERNAME, Person.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(Refused::notFound);
    }

    /** Changes one's own name, e-mail and language; a null value leaves that one as it is. */
    public Person update(String displayName, String email, String language) {
        Person me = mine();
        StringBuilder changed = new StringBuilder();
        if (displayName != null && !displayName.isBlank() && !displayName.trim().equals(me.getDisplayName())) {
            if (displayName.trim().length() > 200) {
                throw new Refused(400, "refused.tooLong", "displayName", 200);
            }
            me.rename(displayName.trim());
            changed.append("name ");
        }
        if (email != null && !email.isBlank() && !email.trim().equals(me.getEmail())) {
            String wanted = email.trim();
            if (wanted.length() > 254 || !wanted.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new Refused(400, "refused.badEmail", wanted);
            }
            boolean taken = em.createNamedQuery(Person.BY_EMAIL, Person.class)
                    .setParameter("email", wanted)
                    .getResultStream()
                    .anyMatch(other -> !other.getId().equals(me.getId()));
            if (taken) {
                throw new Refused(409, "refused.emailTaken", wanted);
            }
            me.changeEmail(wanted);
            changed.append("email ");
        }
        if (language != null && !language.isBlank() && !language.equals(me.getPreferredLanguage())) {
            if (!Languages.isSupported(language)) {
                throw new Refused(400, "refused.badLanguage", language);
            }
            me.preferLanguage(language);
            changed.append("language ");
        }
        if (!changed.isEmpty()) {
            audit.fire(new Audited(
                    "profile.updated",
                    "person",
                    me.getId(),
                    me.getUsername() + ": " + changed.toString().trim()));
        }
        return me;
    }

    /** Changes one's own password, given the current one. */
    public void changePassword(String currentPassword, String newPassword) {
        Person me = mine();
        if (currentPassword == null || !hasher.verify(currentPassword, me.getPasswordHash())) {
            throw new Refused(400, "refused.wrongCurrentPassword");
        }
        PeopleAdministration.requireStrongEnough(newPassword);
        me.changePasswordHash(hasher.hash(newPassword));
        audit.fire(new Audited("profile.password_changed", "person", me.getId(), me.getUsername()));
    }
}
