package no.vidsynt.core.security.boundary;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.vidsynt.core.people.entity.Role;

/**
 * Where a person starts after signing in: the page of their most particular role (an administrator's work is the
 * people list, a leader's their units, and so on; everyone is also a learner of some sort, so that comes last).
 */
public final class LandingPage {

    private static final List<Map.Entry<String, String>> BY_ROLE = List.of(
            Map.entry(Role.ADMIN_ROLE, "/admin/users.xhtml"),
            Map.entry(Role.LEADER_ROLE, "/leader/overview.xhtml"),
            Map.entry(Role.AUTHOR_ROLE, "/author/courses.xhtml"),
            Map.entry(Role.TRAINER_ROLE, "/sessions/trainer.xhtml"),
            Map.entry(Role.LEARNER_ROLE, "/learning/my.xhtml"));

    private LandingPage() {}

    /** The start page (relative to the context root) for a person with these groups. */
    public static String forGroups(Set<String> groups) {
        return BY_ROLE.stream()
                .filter(entry -> groups.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("/");
    }
}
