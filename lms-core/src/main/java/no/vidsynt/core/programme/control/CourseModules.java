package no.vidsynt.core.programme.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import no.vidsynt.core.platform.StartupFailure;
import no.vidsynt.core.spi.BookingRules;
import no.vidsynt.core.spi.CompletionRule;
import no.vidsynt.core.spi.CourseModule;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.ScheduledJob;
import no.vidsynt.core.spi.SessionKind;

/**
 * The course modules deployed with this VidSynt, found through CDI and validated once, first thing at start-up, with
 * the parts they contribute resolved to beans. Everything in the core that lists programmes, or asks a programme's
 * rules, asks this registry; nothing names a module.
 *
 * <p>A module's views are Faces views in its own jar ({@code META-INF/resources/<key>/...}), so their presence is
 * checked on the module's class loader. The registry never changes after start-up, hence no locking.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CourseModules {

    private static final Logger LOG = Logger.getLogger(CourseModules.class.getName());

    @Inject
    @Any
    Instance<CourseModule> discovered;

    @Inject
    @Any
    Instance<Object> beans;

    /** The beans of one module's parts. */
    private record Parts(
            List<BookingRules> bookingRules,
            List<CompletionRule> completionRules,
            List<DemoContribution> demoData,
            List<ScheduledJob> scheduledJobs) {}

    private List<CourseModule> modules = List.of();
    private final Map<String, Parts> parts = new LinkedHashMap<>();
    private final Set<Class<?>> claimed = new HashSet<>();

    @PostConstruct
    void validate() {
        List<CourseModule> found = discovered.stream().toList();
        List<String> problems = CourseModuleValidator.problems(found, new CourseModuleValidator.Environment() {
            @Override
            public boolean viewExists(String view) {
                return found.stream()
                        .anyMatch(module ->
                                module.getClass().getClassLoader().getResource("META-INF/resources" + view) != null);
            }

            @Override
            public <T> Optional<T> resolve(Class<T> type) {
                Instance<T> bean = beans.select(type);
                return bean.isResolvable() ? Optional.of(bean.get()) : Optional.empty();
            }

            @Override
            public Set<String> coreSessionKinds() {
                return Set.copyOf(SessionKind.CORE_KEYS);
            }
        });
        if (!problems.isEmpty()) {
            throw StartupFailure.stop(
                    "The course modules break the contract:\n - " + String.join("\n - ", problems), null);
        }
        modules = found.stream()
                .sorted(Comparator.comparingInt(CourseModule::displayOrder).thenComparing(CourseModule::key))
                .toList();
        for (CourseModule module : modules) {
            parts.put(
                    module.key(),
                    new Parts(
                            resolve(module.bookingRules()),
                            resolve(module.completionRules()),
                            resolve(module.demoData()),
                            resolve(module.scheduledJobs())));
            Stream.of(
                            module.bookingRules(),
                            module.completionRules(),
                            module.demoData(),
                            module.scheduledJobs(),
                            module.unitTypes(),
                            module.observers())
                    .forEach(claimed::addAll);
        }
        LOG.info(() -> "Course modules: "
                + modules.stream().map(m -> m.key() + " " + m.version()).toList());
    }

    private <T> List<T> resolve(List<Class<? extends T>> types) {
        List<T> resolved = new ArrayList<>();
        types.forEach(type -> resolved.add(beans.select(type).get()));
        return List.copyOf(resolved);
    }

    /** The modules in display order. */
    public List<CourseModule> all() {
        return modules;
    }

    public Optional<CourseModule> byKey(String key) {
        return modules.stream().filter(module -> module.key().equals(key)).findFirst();
    }

    /** Whether a course module named this bean class as one of its parts (so it is not one of the core's). */
    public boolean claims(Class<?> beanClass) {
        return claimed.contains(beanClass);
    }

    /** The booking rules of the programme's module; none for a programme no module offers. */
    public List<BookingRules> bookingRules(String programmeKey) {
        return programmeKey == null || !parts.containsKey(programmeKey)
                ? List.of()
                : parts.get(programmeKey).bookingRules();
    }

    /** The completion rules of the programme's module, beyond its courses' units. */
    public List<CompletionRule> completionRules(String programmeKey) {
        return programmeKey == null || !parts.containsKey(programmeKey)
                ? List.of()
                : parts.get(programmeKey).completionRules();
    }

    /** Every module's demo contributions, in the modules' display order. */
    public List<DemoContribution> demoData() {
        return parts.values().stream().flatMap(p -> p.demoData().stream()).toList();
    }

    /** One module's demo contributions; none for a key no module has. */
    public List<DemoContribution> demoData(String programmeKey) {
        return parts.containsKey(programmeKey) ? parts.get(programmeKey).demoData() : List.of();
    }

    /** Every module's scheduled jobs with the key of the module that owns them. */
    public Map<String, List<ScheduledJob>> scheduledJobs() {
        Map<String, List<ScheduledJob>> jobs = new LinkedHashMap<>();
        parts.forEach((key, p) -> jobs.put(key, p.scheduledJobs()));
        return jobs;
    }
}
