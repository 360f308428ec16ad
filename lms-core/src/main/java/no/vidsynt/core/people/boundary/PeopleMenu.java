package no.vidsynt.core.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import no.vidsynt.core.people.control.PeopleTexts;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.web.MenuContribution;
import no.vidsynt.core.platform.web.MenuItem;

/** The people feature's links in the header menu: one's own profile for everyone, administration for admins. */
@ApplicationScoped
public class PeopleMenu implements MenuContribution {

    private static final Set<String> EVERYONE =
            Set.of(Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE);
    private static final Set<String> ADMINS = Set.of(Role.ADMIN_ROLE);

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem(PeopleTexts.BUNDLE, "menu.users", "/admin/users.xhtml", ADMINS, 800),
                new MenuItem(PeopleTexts.BUNDLE, "menu.organisation", "/admin/organisation.xhtml", ADMINS, 810),
                new MenuItem(PeopleTexts.BUNDLE, "menu.import", "/admin/import.xhtml", ADMINS, 820),
                new MenuItem(PeopleTexts.BUNDLE, "menu.audit", "/admin/audit.xhtml", ADMINS, 830),
                new MenuItem(PeopleTexts.BUNDLE, "menu.profile", "/profile.xhtml", EVERYONE, 900));
    }
}
