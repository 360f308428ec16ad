package no.vidsynt.core.people.boundary;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import no.vidsynt.core.organisation.control.UnitTree;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;

/** A person as the API shows them to administrators: nothing secret (no hash, no sign-in counters). */
public record PersonView(
        long id,
        String username,
        String displayName,
        String email,
        String preferredLanguage,
        boolean active,
        boolean hasPassword,
        List<String> roles,
        List<UnitRef> units,
        Instant createdAt) {

    /** A unit a person belongs to, with its path in the tree. */
    public record UnitRef(long id, String name, String path) {}

    public static PersonView of(Person person, UnitTree tree) {
        return new PersonView(
                person.getId(),
                person.getUsername(),
                person.getDisplayName(),
                person.getEmail(),
                person.getPreferredLanguage(),
                person.isActive(),
                person.hasPassword(),
                person.getRoles().stream().map(Role::groupName).sorted().toList(),
                person.getUnits().stream()
                        .map(unit -> new UnitRef(unit.getId(), unit.getName(), tree.path(unit.getId())))
                        .sorted(Comparator.comparing(UnitRef::path))
                        .toList(),
                person.getCreatedAt());
    }
}
