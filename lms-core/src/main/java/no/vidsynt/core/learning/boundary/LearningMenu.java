package no.vidsynt.core.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import no.vidsynt.core.learning.control.LearningTexts;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.web.MenuContribution;
import no.vidsynt.core.platform.web.MenuItem;

/** "Min læring" first (the learner's natural landing), the catalogue for everyone, "Min avdeling" for leaders. */
@ApplicationScoped
public class LearningMenu implements MenuContribution {

    private static final Set<String> EVERYONE =
            Set.of(Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.LEADER_ROLE, Role.ADMIN_ROLE);

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem(LearningTexts.BUNDLE, "menu.myLearning", "/learning/my.xhtml", EVERYONE, 10),
                new MenuItem(LearningTexts.BUNDLE, "menu.catalogue", "/learning/catalogue.xhtml", EVERYONE, 20),
                new MenuItem(
                        LearningTexts.BUNDLE,
                        "menu.leader",
                        "/leader/overview.xhtml",
                        Set.of(Role.LEADER_ROLE, Role.ADMIN_ROLE),
                        60));
    }
}
