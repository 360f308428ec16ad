package no.vidsynt.core.catalogue.control;

import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;

/**
 * Who is changing the catalogue: services take it as an argument, so the object-level rule (authors edit only their
 * own courses, administrators edit all) is checked in one place whatever the caller (page, API, demo seeding).
 *
 * @param personId the person's id
 * @param username for "published by"
 * @param admin whether they may edit every course
 */
public record Editor(long personId, String username, boolean admin) {

    public static Editor of(Person person) {
        return new Editor(
                person.getId(), person.getUsername(), person.getRoles().contains(Role.ADMIN));
    }

    /** Whether this editor may see and change a course with these authors. */
    public boolean mayEdit(java.util.Set<Long> authorIds) {
        return admin || authorIds.contains(personId);
    }
}
