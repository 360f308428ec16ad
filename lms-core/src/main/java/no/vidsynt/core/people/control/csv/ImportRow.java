package no.vidsynt.core.people.control.csv;

import java.util.List;
import java.util.Set;
import no.vidsynt.core.people.entity.Role;

/**
 * One person as a line of an import file states them, checked for form (not yet against the database).
 *
 * @param line the line number in the file
 * @param units the units as written: names or paths
 */
public record ImportRow(
        int line, String username, String name, String email, String language, Set<Role> roles, List<String> units) {}
