package no.vidsynt.core.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.web.MenuContribution;
import no.vidsynt.core.platform.web.MenuItem;
import no.vidsynt.core.scheduling.control.SchedulingTexts;

/** The scheduling pages in the header menu. */
@ApplicationScoped
public class SchedulingMenu implements MenuContribution {

    private static final Set<String> EVERYONE =
            Set.of(Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE);

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem(SchedulingTexts.BUNDLE, "menu.upcoming", "/sessions/upcoming.xhtml", EVERYONE, 30),
                new MenuItem(SchedulingTexts.BUNDLE, "menu.mine", "/sessions/mine.xhtml", EVERYONE, 31),
                new MenuItem(
                        SchedulingTexts.BUNDLE,
                        "menu.trainer",
                        "/sessions/trainer.xhtml",
                        Set.of(Role.TRAINER_ROLE, Role.ADMIN_ROLE),
                        32));
    }
}
