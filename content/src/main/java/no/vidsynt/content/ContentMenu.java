package no.vidsynt.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import no.vidsynt.content.upload.boundary.ContentTexts;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.web.MenuContribution;
import no.vidsynt.core.platform.web.MenuItem;

/** "Innholdsbibliotek" in the header, for authors and administrators. */
@ApplicationScoped
public class ContentMenu implements MenuContribution {

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem(
                ContentTexts.BUNDLE,
                "menu.library",
                "/content/library.xhtml",
                Set.of(Role.AUTHOR_ROLE, Role.ADMIN_ROLE),
                60));
    }
}
