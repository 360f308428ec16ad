package no.vidsynt.core.programme.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.vidsynt.core.progress.control.UnitCompleted;
import no.vidsynt.core.spi.BookingRules;
import no.vidsynt.core.spi.CourseModule;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;
import no.vidsynt.core.spi.MenuEntry;
import no.vidsynt.core.spi.ModuleSchema;
import no.vidsynt.core.spi.ReflectiveEnvironment;
import no.vidsynt.core.spi.ScheduledJob;
import no.vidsynt.core.spi.SessionKind;
import no.vidsynt.core.spi.UnitType;
import org.junit.jupiter.api.Test;

/** The start-up check refuses broken modules, naming the module and the part; a sound module passes. */
class CourseModuleValidatorTest {

    static final String BUNDLE = "no.vidsynt.core.programme.control.module";

    /** A module whose parts each test sets as it needs. */
    static class Module implements CourseModule {
        String key;
        String programmeView;
        List<MenuEntry> menuEntries = List.of();
        List<SessionKind> kinds = List.of();
        List<Class<? extends UnitType>> unitTypes = List.of();
        List<Class<? extends BookingRules>> rules = List.of();
        List<Class<?>> observers = List.of();
        List<Class<? extends ScheduledJob>> jobs = List.of();
        List<Class<? extends DemoContribution>> demo = List.of();
        Optional<ModuleSchema> schema = Optional.empty();

        Module(String key) {
            this.key = key;
            this.programmeView = "/" + key + "/programme.xhtml";
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public String bundleBaseName() {
            return BUNDLE;
        }

        @Override
        public String programmeView() {
            return programmeView;
        }

        @Override
        public List<MenuEntry> menuEntries() {
            return menuEntries;
        }

        @Override
        public List<SessionKind> sessionKinds() {
            return kinds;
        }

        @Override
        public List<Class<? extends UnitType>> unitTypes() {
            return unitTypes;
        }

        @Override
        public List<Class<? extends BookingRules>> bookingRules() {
            return rules;
        }

        @Override
        public List<Class<?>> observers() {
            return observers;
        }

        @Override
        public List<Class<? extends ScheduledJob>> scheduledJobs() {
            return jobs;
        }

        @Override
        public List<Class<? extends DemoContribution>> demoData() {
            return demo;
        }

        @Override
        public Optional<ModuleSchema> schema() {
            return schema;
        }
    }

    @ApplicationScoped
    public static class SoundRule implements BookingRules {
        @Override
        public Optional<Refusal> check(Request request) {
            return Optional.empty();
        }
    }

    /** Not a CDI bean: no bean-defining annotation (a scope on a superclass would be inherited). */
    public static class UnannotatedRule implements BookingRules {
        @Override
        public Optional<Refusal> check(Request request) {
            return Optional.empty();
        }
    }

    @ApplicationScoped
    public static class CoreEventObserver {
        void on(@Observes UnitCompleted completed) {}
    }

    @ApplicationScoped
    public static class StringObserver {
        void on(@Observes String anything) {}
    }

    @ApplicationScoped
    public static class TooEagerJob implements ScheduledJob {
        @Override
        public Duration interval() {
            return Duration.ofMillis(10);
        }

        @Override
        public void run() {}
    }

    @ApplicationScoped
    public static class StepType implements UnitType {
        @Override
        public String key() {
            return "alpha-step";
        }

        @Override
        public String bundleBaseName() {
            return BUNDLE;
        }

        @Override
        public String learnerFragment() {
            return "/alpha/step.xhtml";
        }

        @Override
        public Completion completion() {
            return Completion.MARKED_DONE;
        }
    }

    @ApplicationScoped
    public static class UnlabelledType extends StepType {
        @Override
        public String key() {
            return "alpha-unlabelled";
        }
    }

    @ApplicationScoped
    public static class Demo implements DemoContribution {
        @Override
        public Step step() {
            return Step.COURSES;
        }

        @Override
        public void seed(DemoSeeding demo) {}
    }

    private static final Set<String> VIEWS =
            Set.of("/alpha/programme.xhtml", "/beta/programme.xhtml", "/beta/log.xhtml");

    private static List<String> problems(CourseModule... modules) {
        return CourseModuleValidator.problems(
                List.of(modules), new ReflectiveEnvironment(CourseModuleValidatorTest.class.getClassLoader()) {
                    @Override
                    public boolean viewExists(String view) {
                        return VIEWS.contains(view);
                    }
                });
    }

    private static Module sound() {
        Module alpha = new Module("alpha");
        alpha.kinds = List.of(new SessionKind("PEER_REVIEW"));
        alpha.unitTypes = List.of(StepType.class);
        alpha.rules = List.of(SoundRule.class);
        alpha.observers = List.of(CoreEventObserver.class);
        alpha.demo = List.of(Demo.class);
        return alpha;
    }

    @Test
    void acceptsAModuleWithEveryPartSound() {
        Module beta = new Module("beta");
        beta.menuEntries = List.of(new MenuEntry("menu.log", "/beta/log.xhtml", Set.of("learner"), 50));
        assertThat(problems(sound(), beta)).isEmpty();
    }

    @Test
    void namesBothModulesThatShareAKey() {
        assertThat(problems(new Module("alpha"), new Module("alpha")))
                .singleElement()
                .asString()
                .contains("two course modules have the key 'alpha'");
    }

    @Test
    void namesTheModuleAndTheViewThatDoesNotExist() {
        Module beta = new Module("beta");
        beta.menuEntries = List.of(new MenuEntry("menu.log", "/beta/missing.xhtml", Set.of("learner"), 50));
        assertThat(problems(beta))
                .singleElement()
                .asString()
                .contains("(beta)")
                .contains("pages")
                .contains("/beta/missing.xhtml")
                .contains("does not exist");
    }

    @Test
    void refusesViewsOutsideTheModulesFolderAndBadKeys() {
        Module outside = new Module("alpha");
        outside.programmeView = "/beta/programme.xhtml";
        assertThat(problems(outside, new Module("Bad Key")))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("must lie under /alpha/"))
                .anySatisfy(problem -> assertThat(problem).contains("key 'Bad Key'"));
    }

    @Test
    void refusesMenuEntriesWithoutALabelOrWithUnknownRoles() {
        Module beta = new Module("beta");
        beta.menuEntries = List.of(
                new MenuEntry("menu.missing", "/beta/log.xhtml", Set.of("learner", "guest"), 50),
                new MenuEntry("menu.log", "/beta/log.xhtml", Set.of(), 51));
        assertThat(problems(beta))
                .hasSize(3)
                .anySatisfy(problem -> assertThat(problem)
                        .contains("(beta): menu entry /beta/log.xhtml")
                        .contains("'menu.missing' is missing"))
                .anySatisfy(problem -> assertThat(problem).contains("unknown role 'guest'"))
                .anySatisfy(problem -> assertThat(problem).contains("names no role"));
    }

    @Test
    void refusesSessionKindsThatClashOrHaveNoLabel() {
        Module alpha = sound();
        alpha.kinds = List.of(
                new SessionKind("TEACHING_DAY"),
                new SessionKind("UNLABELLED"),
                new SessionKind("lower"),
                new SessionKind("PEER_REVIEW"));
        Module beta = new Module("beta");
        beta.kinds = List.of(new SessionKind("PEER_REVIEW"));
        assertThat(problems(alpha, beta))
                .anySatisfy(problem -> assertThat(problem)
                        .contains("(alpha): session kind TEACHING_DAY")
                        .contains("the core offers"))
                .anySatisfy(problem -> assertThat(problem)
                        .contains("session kind UNLABELLED")
                        .contains("'kind.UNLABELLED' is missing"))
                .anySatisfy(problem ->
                        assertThat(problem).contains("session kind lower").contains("upper-case"))
                .anySatisfy(problem -> assertThat(problem)
                        .contains("(beta): session kind PEER_REVIEW")
                        .contains("offered by"));
    }

    @Test
    void refusesPartsThatAreNotBeans() {
        Module alpha = sound();
        alpha.rules = List.of(UnannotatedRule.class);
        assertThat(problems(alpha))
                .singleElement()
                .asString()
                .contains("(alpha): booking rule UnannotatedRule")
                .contains("is not a CDI bean");
    }

    @Test
    void refusesObserversOfEventsTheCoreDoesNotPromise() {
        Module alpha = sound();
        alpha.observers = List.of(StringObserver.class);
        assertThat(problems(alpha))
                .singleElement()
                .asString()
                .contains("(alpha): observer StringObserver")
                .contains("java.lang.String")
                .contains("not a core event");
    }

    @Test
    void refusesUnitTypesWithoutALabelAndJobsThatRunTooOften() {
        Module alpha = sound();
        alpha.unitTypes = List.of(UnlabelledType.class);
        alpha.jobs = List.of(TooEagerJob.class);
        assertThat(problems(alpha))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem)
                        .contains("(alpha): unit type UnlabelledType")
                        .contains("label 'unitType.alpha-unlabelled'"))
                .anySatisfy(problem ->
                        assertThat(problem).contains("(alpha): scheduled job").contains("at least 1 s"));
    }

    @Test
    void refusesASchemaOutsideTheModulesFolder() {
        Module alpha = sound();
        alpha.schema = Optional.of(new ModuleSchema("alpha", "classpath:db/migration/core"));
        Module beta = new Module("beta");
        beta.schema = Optional.of(ModuleSchema.of("beta"));
        assertThat(problems(alpha, beta))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem)
                        .contains("(alpha): schema")
                        .contains("must lie in classpath:db/migration/alpha"))
                .anySatisfy(problem -> assertThat(problem)
                        .contains("(beta): schema")
                        .contains("db/migration/beta is not in the module's jar"));
    }
}
