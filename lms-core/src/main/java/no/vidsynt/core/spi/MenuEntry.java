package no.vidsynt.core.spi;

import java.util.Objects;
import java.util.Set;

/**
 * One link a course module adds to the header's menu, shown to people who hold one of its roles.
 *
 * @param labelKey key in the module's own bundle
 * @param view the Faces view it opens, inside the module's folder
 * @param roles role names that see it ("learner", "trainer", "author", "leader", "admin")
 * @param order position among the header's links; lower first (the core's own links use 10 to 90)
 */
public record MenuEntry(String labelKey, String view, Set<String> roles, int order) {
    public MenuEntry {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(view, "view");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
