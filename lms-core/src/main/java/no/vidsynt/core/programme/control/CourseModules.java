package no.vidsynt.core.programme.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import no.vidsynt.core.platform.StartupFailure;
import no.vidsynt.core.spi.CourseModule;

/**
 * The course modules deployed with this VidSynt, found through CDI and validated once, first thing at start-up.
 * Everything in the core that lists programmes asks this registry; nothing names a module.
 *
 * <p>A module's views are Faces views in its own jar ({@code META-INF/resources/<key>/...}), so their presence is
 * checked on the module's class loader. The list never changes after start-up, hence no locking.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CourseModules {

    private static final Logger LOG = Logger.getLogger(CourseModules.class.getName());

    @Inject
    @Any
    Instance<CourseModule> discovered;

    private List<CourseModule> modules = List.of();

    @PostConstruct
    void validate() {
        List<CourseModule> found = discovered.stream().toList();
        List<String> problems = CourseModuleValidator.problems(found, view -> found.stream()
                .anyMatch(module -> module.getClass().getClassLoader().getResource("META-INF/resources" + view) != null));
        if (!problems.isEmpty()) {
            throw StartupFailure.stop("The course modules break the contract:\n - " + String.join("\n - ", problems),
                    null);
        }
        modules = found.stream()
                .sorted(Comparator.comparingInt(CourseModule::displayOrder).thenComparing(CourseModule::key))
                .toList();
        LOG.info(() -> "Course modules: " + modules.stream().map(m -> m.key() + " " + m.version()).toList());
    }

    /** The modules in display order. */
    public List<CourseModule> all() {
        return modules;
    }

    public Optional<CourseModule> byKey(String key) {
        return modules.stream().filter(module -> module.key().equals(key)).findFirst();
    }
}
