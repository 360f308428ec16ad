package no.vidsynt.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import no.vidsynt.core.programme.control.CourseModuleValidator;
import org.junit.jupiter.api.Test;

/**
 * What every course module must satisfy, run by each module against itself (extend this class in the module's tests).
 * Like Moodle's plug-in checks, but typed: identity, texts in every language, views and migrations where promised.
 */
public abstract class CourseModuleContract {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    /** The module under test, created as CDI would (its no-argument constructor). */
    protected abstract CourseModule module();

    @Test
    void passesTheStartUpValidation() {
        List<String> problems = CourseModuleValidator.problems(List.of(module()), environment());
        assertThat(problems).isEmpty();
    }

    @Test
    void namesAndDescribesTheProgrammeInBokmaalAndEnglish() {
        CourseModule module = module();
        for (String key : List.of(module.nameKey(), module.descriptionKey())) {
            String bokmaal = module.text(key, BOKMAAL);
            String english = module.text(key, Locale.ENGLISH);
            assertThat(bokmaal).as("bokmål %s", key).isNotBlank();
            assertThat(english).as("English %s", key).isNotBlank();
        }
        assertThat(module.text(module.descriptionKey(), BOKMAAL))
                .as("the bokmål description is translated, not a copy of the English")
                .isNotEqualTo(module.text(module.descriptionKey(), Locale.ENGLISH));
    }

    @Test
    void hasEveryTextInBothLanguages() {
        CourseModule module = module();
        ClassLoader loader = module.getClass().getClassLoader();
        var noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        Set<String> english = ResourceBundle.getBundle(module.bundleBaseName(), Locale.ROOT, loader, noFallback)
                .keySet();
        Set<String> bokmaal = ResourceBundle.getBundle(module.bundleBaseName(), BOKMAAL, loader, noFallback)
                .keySet();
        assertThat(bokmaal).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void shipsTheMigrationsItPromises() {
        module().schema().ifPresent(schema -> {
            String folder = schema.location().replaceFirst("^classpath:", "");
            assertThat(folder).as("a folder of the module's own").contains(module().key());
            assertThat(module().getClass().getClassLoader().getResource(folder))
                    .as(schema.location())
                    .isNotNull();
        });
    }

    /**
     * The module's jar as the start-up check sees it, without a container: views on its class path, its parts made
     * with their no-argument constructors (their injected services stay empty; the check does not call them).
     */
    protected CourseModuleValidator.Environment environment() {
        return new ReflectiveEnvironment(module().getClass().getClassLoader());
    }
}
