package no.vidsynt.core.programme.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.vidsynt.core.platform.web.MenuContribution;
import no.vidsynt.core.platform.web.MenuItem;
import no.vidsynt.core.programme.control.CourseModules;

/** The course modules' menu entries in the header's menu, each for the roles it names, labelled from its bundle. */
@ApplicationScoped
public class ProgrammeMenu implements MenuContribution {

    @Inject
    CourseModules modules;

    @Override
    public List<MenuItem> menuItems() {
        return modules.all().stream()
                .flatMap(module -> module.menuEntries().stream()
                        .map(entry -> new MenuItem(
                                module.bundleBaseName(), entry.labelKey(), entry.view(), entry.roles(), entry.order())))
                .toList();
    }
}
