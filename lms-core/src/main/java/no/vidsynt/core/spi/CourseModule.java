package no.vidsynt.core.spi;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The contract between the core and one VidSynt programme, as a Moodle plug-in is to Moodle but typed.
 *
 * <p>A course module is a jar with one CDI bean implementing this interface. The core discovers every
 * implementation through CDI, validates them at start-up ({@link no.vidsynt.core.programme.control.CourseModuleValidator})
 * and never names a module itself. A module contributes its identity, its language bundle, its pages (Faces views
 * under its jar's {@code META-INF/resources/<key>/}), its menu entries and its schema migrations.
 */
public interface CourseModule {

    /** Stable key, lower case letters and dashes ("veiledning"); used in URLs, view folders and table names. */
    String key();

    /** The module's own version, shown to admins and recorded with its migrations. */
    String version();

    /** Base name of the module's language bundle (bokmål in the base file, {@code _en} for English). */
    String bundleBaseName();

    /** Bundle key of the programme's name. */
    default String nameKey() {
        return key() + ".name";
    }

    /** Bundle key of the programme's one-paragraph description. */
    default String descriptionKey() {
        return key() + ".description";
    }

    /** The view that presents the programme, served from the module's jar, for example {@code /veiledning/programme.xhtml}. */
    String programmeView();

    /** Order on the start page and in menus; lower first. */
    default int displayOrder() {
        return 100;
    }

    /** Menu entries the module adds under its programme in the header. The programme page itself is always listed. */
    default List<MenuEntry> menuEntries() {
        return List.of();
    }

    /**
     * Classpath folder of the module's Flyway migrations, or empty when it owns no tables. Each module keeps its own
     * schema history table, so module versions never collide with the core's.
     */
    default Optional<String> migrationLocation() {
        return Optional.empty();
    }

    /** Every view this module promises to serve; the core checks at start-up that each one exists. */
    default List<String> views() {
        var views = new java.util.ArrayList<String>();
        views.add(programmeView());
        menuEntries().forEach(entry -> views.add(entry.view()));
        return List.copyOf(views);
    }

    /** Resolves one of the module's own texts in the given language. */
    default String text(String key, Locale locale) {
        return ResourceBundle.getBundle(bundleBaseName(), locale, getClass().getClassLoader()).getString(key);
    }
}
