package no.vidsynt.core.enrolment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.web.MenuContribution;
import no.vidsynt.core.platform.web.MenuItem;

/** Leaders (and administrators) enrol their units and manage cohorts, right after "Min avdeling". */
@ApplicationScoped
public class EnrolmentMenu implements MenuContribution {

    private static final Set<String> LEADERS = Set.of(Role.LEADER_ROLE, Role.ADMIN_ROLE);

    @Override
    public List<MenuItem> menuItems() {
        return List.of(
                new MenuItem(EnrolmentPages.BUNDLE, "menu.unitEnrolment", "/leader/enrol.xhtml", LEADERS, 61),
                new MenuItem(EnrolmentPages.BUNDLE, "menu.cohorts", "/leader/cohorts.xhtml", LEADERS, 62));
    }
}
