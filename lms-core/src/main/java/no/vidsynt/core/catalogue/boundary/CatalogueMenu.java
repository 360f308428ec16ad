package no.vidsynt.core.catalogue.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.web.MenuContribution;
import no.vidsynt.core.platform.web.MenuItem;

/** "Kursbygging" in the header menu, for authors and administrators. */
@ApplicationScoped
public class CatalogueMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem(
                CatalogueErrors.BUNDLE,
                "menu.authoring",
                "/author/courses.xhtml",
                Set.of(Role.AUTHOR_ROLE, Role.ADMIN_ROLE),
                40));
    }
}
