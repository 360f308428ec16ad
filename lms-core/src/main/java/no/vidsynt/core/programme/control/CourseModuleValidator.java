package no.vidsynt.core.programme.control;

import jakarta.enterprise.event.Observes;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import no.vidsynt.core.spi.CoreEvent;
import no.vidsynt.core.spi.CourseModule;
import no.vidsynt.core.spi.MenuEntry;
import no.vidsynt.core.spi.ModuleSchema;
import no.vidsynt.core.spi.SessionKind;

/**
 * Checks the course modules found at start-up against the contract, part by part: identity and bundle, views and menu
 * entries, unit types, session kinds, booking rules, observers, schema, scheduled jobs, demo data and completion
 * rules. Returns every problem at once, each naming the module and the part, so that a broken deployment says exactly
 * what to fix.
 */
public final class CourseModuleValidator {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern UNIT_TYPE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Set<String> ROLES = Set.of("learner", "trainer", "author", "leader", "admin");
    private static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.forLanguageTag("nb"));

    /** What the validator may ask about the deployment around the modules. */
    public interface Environment {

        /** Whether a view path (such as {@code /<key>/programme.xhtml}) can be served. */
        boolean viewExists(String view);

        /** The bean of this class, or empty when the deployment has none. */
        <T> Optional<T> resolve(Class<T> type);

        /** The session kinds the core itself offers; a module may not offer them again. */
        Set<String> coreSessionKinds();
    }

    private CourseModuleValidator() {}

    /**
     * @param modules every discovered module
     * @return human-readable problems, each starting with the module and the part; empty when all is well
     */
    public static List<String> problems(Collection<? extends CourseModule> modules, Environment environment) {
        List<String> problems = new ArrayList<>();
        Map<String, String> ownerOfKey = new HashMap<>();
        Map<String, String> ownerOfKind = new HashMap<>();
        Map<String, String> ownerOfUnitType = new HashMap<>();
        for (CourseModule module : modules) {
            String owner = module.getClass().getName();
            String key = module.key();
            if (key == null || !KEY.matcher(key).matches()) {
                problems.add(owner + ": identity: key '" + key + "' must be 2-40 lower-case letters, digits or dashes");
                continue;
            }
            String earlier = ownerOfKey.putIfAbsent(key, owner);
            if (earlier != null) {
                problems.add("two course modules have the key '" + key + "': " + earlier + " and " + owner);
            }
            var check = new ModuleCheck(module, owner + " (" + key + ")", environment, problems);
            check.identity();
            check.views();
            check.menuEntries();
            check.unitTypes(ownerOfUnitType);
            check.sessionKinds(ownerOfKind);
            check.beans("booking rule", module.bookingRules());
            check.observers();
            check.schema();
            check.scheduledJobs();
            check.beans("demo data", module.demoData());
            check.beans("completion rule", module.completionRules());
        }
        return problems;
    }

    /** The checks of one module; each problem is prefixed with the module and the part. */
    private record ModuleCheck(CourseModule module, String name, Environment environment, List<String> problems) {

        private void problem(String part, String text) {
            problems.add(name + ": " + part + ": " + text);
        }

        void identity() {
            if (module.version() == null || module.version().isBlank()) {
                problem("identity", "the version is empty");
            }
            for (String textKey : List.of(module.nameKey(), module.descriptionKey())) {
                text("identity", textKey);
            }
        }

        /** The text in English (the base file) and bokmål, reporting a missing bundle or key. */
        private void text(String part, String textKey) {
            for (Locale language : LANGUAGES) {
                try {
                    ResourceBundle bundle = ResourceBundle.getBundle(
                            module.bundleBaseName(),
                            language,
                            module.getClass().getClassLoader(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                    if (!bundle.containsKey(textKey)) {
                        problem(
                                part,
                                "the text '" + textKey + "' is missing from the bundle " + module.bundleBaseName()
                                        + (language == Locale.ROOT ? "" : "_" + language));
                        return;
                    }
                } catch (MissingResourceException | NullPointerException e) {
                    problem(part, "the bundle '" + module.bundleBaseName() + "' does not exist");
                    return;
                }
            }
        }

        void views() {
            for (String view : module.views()) {
                if (view == null || !view.startsWith("/" + module.key() + "/")) {
                    problem("pages", "view '" + view + "' must lie under /" + module.key() + "/");
                } else if (!environment.viewExists(view)) {
                    problem(
                            "pages",
                            "view '" + view + "' does not exist (expected in the jar at META-INF/resources" + view
                                    + ")");
                }
            }
        }

        void menuEntries() {
            for (MenuEntry entry : module.menuEntries()) {
                text("menu entry " + entry.view(), entry.labelKey());
                if (entry.roles().isEmpty()) {
                    problem("menu entry " + entry.view(), "names no role, so nobody would see it");
                }
                entry.roles().stream()
                        .filter(role -> !ROLES.contains(role))
                        .forEach(role -> problem(
                                "menu entry " + entry.view(), "unknown role '" + role + "' (known: " + ROLES + ")"));
            }
        }

        void unitTypes(Map<String, String> ownerOfUnitType) {
            each("unit type", module.unitTypes(), type -> {
                String part = "unit type " + type.getClass().getSimpleName();
                if (type.key() == null || !UNIT_TYPE.matcher(type.key()).matches()) {
                    problem(part, "key '" + type.key() + "' must be 2-40 lower-case letters, digits or dashes");
                    return;
                }
                String earlier = ownerOfUnitType.putIfAbsent(type.key(), name);
                if (earlier != null) {
                    problem(part, "the key '" + type.key() + "' is offered by " + earlier + " too");
                }
                if (type.learnerFragment() == null) {
                    problem(part, "it has no learner fragment");
                }
                if (type.completion() == null) {
                    problem(part, "it names no way of completion");
                }
                try {
                    type.label(Locale.forLanguageTag("nb"));
                } catch (MissingResourceException e) {
                    problem(part, "its label '" + type.labelKey() + "' is missing from " + type.bundleBaseName());
                }
            });
        }

        void sessionKinds(Map<String, String> ownerOfKind) {
            for (SessionKind kind : module.sessionKinds()) {
                String part = "session kind " + kind.key();
                if (!KIND.matcher(kind.key()).matches()) {
                    problem(part, "the key must be 2-40 upper-case letters, digits or underscores");
                    continue;
                }
                if (environment.coreSessionKinds().contains(kind.key())) {
                    problem(part, "the core offers this kind already");
                }
                String earlier = ownerOfKind.putIfAbsent(kind.key(), name);
                if (earlier != null) {
                    problem(part, "offered by " + earlier + " too");
                }
                text(part, kind.labelKey());
            }
        }

        void observers() {
            for (Class<?> type : module.observers()) {
                if (type == null) {
                    continue;
                }
                boolean observes = false;
                for (Method method : type.getDeclaredMethods()) {
                    for (Parameter parameter : method.getParameters()) {
                        if (parameter.isAnnotationPresent(Observes.class)) {
                            observes = true;
                            if (!parameter.getType().isAnnotationPresent(CoreEvent.class)) {
                                problem(
                                        "observer " + type.getSimpleName(),
                                        "observes " + parameter.getType().getName()
                                                + ", which is not a core event (@CoreEvent)");
                            }
                        }
                    }
                }
                if (!observes) {
                    problem("observer " + type.getSimpleName(), "has no @Observes method");
                }
            }
            beans("observer", module.observers());
        }

        void schema() {
            Optional<ModuleSchema> schema = module.schema();
            if (schema.isEmpty()) {
                return;
            }
            if (!module.key().equals(schema.get().owner())) {
                problem(
                        "schema",
                        "the owner must be the module's key '" + module.key() + "', not '"
                                + schema.get().owner() + "'");
            }
            String folder = schema.get().location().replaceFirst("^classpath:", "");
            if (!folder.equals("db/migration/" + module.key())) {
                problem(
                        "schema",
                        "the migrations must lie in classpath:db/migration/" + module.key() + ", not "
                                + schema.get().location());
            } else if (module.getClass().getClassLoader().getResource(folder) == null) {
                problem("schema", "the folder " + folder + " is not in the module's jar");
            }
        }

        void scheduledJobs() {
            each("scheduled job", module.scheduledJobs(), job -> {
                Duration interval = job.interval();
                if (interval == null || interval.compareTo(Duration.ofSeconds(1)) < 0) {
                    problem("scheduled job", "the interval must be at least 1 s, not " + interval);
                }
            });
        }

        void beans(String part, List<? extends Class<?>> classes) {
            each(part, classes, bean -> {});
        }

        private <T> void each(String part, List<? extends Class<? extends T>> classes, Consumer<T> check) {
            for (Class<? extends T> type : classes) {
                if (type == null) {
                    problem(part, "a null class is listed");
                    continue;
                }
                Optional<? extends T> bean;
                try {
                    bean = environment.resolve(type);
                } catch (RuntimeException e) {
                    problem(part + " " + type.getSimpleName(), "cannot be created: " + e.getMessage());
                    continue;
                }
                if (bean.isEmpty()) {
                    problem(
                            part + " " + type.getSimpleName(),
                            type.getName()
                                    + " is not a CDI bean of the deployment (annotate it, e.g. @ApplicationScoped)");
                    continue;
                }
                try {
                    check.accept(bean.get());
                } catch (RuntimeException e) {
                    problem(part + " " + type.getSimpleName(), "failed its check: " + e);
                }
            }
        }
    }
}
