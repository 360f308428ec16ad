package no.vidsynt.core.programme.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import no.vidsynt.core.spi.CourseModule;
import no.vidsynt.core.spi.MenuEntry;
import org.junit.jupiter.api.Test;

class CourseModuleValidatorTest {

    record Module(String key, String programmeView, List<MenuEntry> menuEntries) implements CourseModule {
        Module(String key) {
            this(key, "/" + key + "/programme.xhtml", List.of());
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public String bundleBaseName() {
            return "unused";
        }
    }

    private static final Set<String> VIEWS = Set.of("/alpha/programme.xhtml", "/beta/programme.xhtml", "/beta/log.xhtml");

    @Test
    void acceptsModulesWithUniqueKeysAndExistingViews() {
        var modules = List.of(new Module("alpha"),
                new Module("beta", "/beta/programme.xhtml", List.of(new MenuEntry("log", "/beta/log.xhtml"))));
        assertThat(CourseModuleValidator.problems(modules, VIEWS::contains)).isEmpty();
    }

    @Test
    void namesBothModulesThatShareAKey() {
        var first = new Module("alpha");
        var second = new Module("alpha");
        assertThat(CourseModuleValidator.problems(List.of(first, second), VIEWS::contains))
                .singleElement().asString()
                .contains("two course modules have the key 'alpha'");
    }

    @Test
    void namesTheModuleAndTheViewThatDoesNotExist() {
        var module = new Module("beta", "/beta/programme.xhtml", List.of(new MenuEntry("x", "/beta/missing.xhtml")));
        assertThat(CourseModuleValidator.problems(List.of(module), VIEWS::contains))
                .singleElement().asString()
                .contains("(beta)").contains("/beta/missing.xhtml").contains("does not exist");
    }

    @Test
    void refusesViewsOutsideTheModulesFolderAndBadKeys() {
        var outside = new Module("alpha", "/beta/programme.xhtml", List.of());
        var badKey = new Module("Bad Key");
        assertThat(CourseModuleValidator.problems(List.of(outside, badKey), VIEWS::contains))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("must lie under /alpha/"))
                .anySatisfy(problem -> assertThat(problem).contains("key 'Bad Key'"));
    }
}
