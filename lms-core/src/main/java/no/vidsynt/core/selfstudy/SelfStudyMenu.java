package no.vidsynt.core.selfstudy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.web.MenuContribution;
import no.vidsynt.core.platform.web.MenuItem;

/** The journal and "shared with me" in the header menu; never for someone who is only a leader. */
@ApplicationScoped
public class SelfStudyMenu implements MenuContribution {

    private static final Set<String> WRITERS =
            Set.of(Role.LEARNER_ROLE, Role.TRAINER_ROLE, Role.AUTHOR_ROLE, Role.ADMIN_ROLE);

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem(InvalidInput.StudyTexts.BUNDLE, "menu.journal", "/selfstudy/journal.xhtml", WRITERS, 40),
                new MenuItem(InvalidInput.StudyTexts.BUNDLE, "menu.shared", "/selfstudy/shared.xhtml", WRITERS, 41));
    }
}
