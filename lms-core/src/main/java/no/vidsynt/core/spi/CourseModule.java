package no.vidsynt.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The contract between the core and one programme, as a Moodle plug-in is to Moodle but typed.
 *
 * <p>A course module is a jar with one CDI bean implementing this interface. The core discovers every implementation
 * through CDI, validates every part at start-up ({@link no.vidsynt.core.programme.control.CourseModuleValidator}: a
 * broken part stops the deployment with a message naming the module and the part) and never names a module itself.
 * Each method below is one typed part a module contributes; every part but the identity is optional:
 * <ul>
 * <li>identity and bundle: {@link #key()}, {@link #version()}, {@link #bundleBaseName()} (name and description);</li>
 * <li>pages and menu entries: {@link #programmeView()}, {@link #menuEntries()} (shown in the header to the roles named);</li>
 * <li>unit types: {@link #unitTypes()};</li>
 * <li>session kinds: {@link #sessionKinds()};</li>
 * <li>booking rules, asked only for the module's own sessions: {@link #bookingRules()};</li>
 * <li>observers of core events ({@link CoreEvent}): {@link #observers()};</li>
 * <li>schema migrations: {@link #schema()} (the one schema contract, {@link SchemaOwner});</li>
 * <li>scheduled jobs: {@link #scheduledJobs()};</li>
 * <li>demo data: {@link #demoData()};</li>
 * <li>completion rules beyond units: {@link #completionRules()}.</li>
 * </ul>
 * Parts that need the core's services (rules, jobs, observers, demo data, unit types) are named by class: each must be
 * a CDI bean of the module's jar, which the core resolves. The others are plain values.
 */
public interface CourseModule extends SchemaOwner {

    /** Stable key, lower case letters, digits and dashes; used in URLs, view folders and table names. */
    String key();

    /** The module's own version, shown to admins and recorded with its migrations. */
    String version();

    /** Base name of the module's language bundle (English in the base file, bokmål in {@code _nb}). */
    String bundleBaseName();

    /** Bundle key of the programme's name. */
    default String nameKey() {
        return key() + ".name";
    }

    /** Bundle key of the programme's one-paragraph description. */
    default String descriptionKey() {
        return key() + ".description";
    }

    /** The view that presents the programme, served from the module's jar, {@code /<key>/programme.xhtml} say. */
    String programmeView();

    /** Order on the start page, in menus and among demo data; lower first. */
    default int displayOrder() {
        return 100;
    }

    /** Links the module adds to the header's menu, each for the roles it names. */
    default List<MenuEntry> menuEntries() {
        return List.of();
    }

    /** The module's own unit types (CDI beans), beside the core's. */
    default List<Class<? extends UnitType>> unitTypes() {
        return List.of();
    }

    /** The module's own kinds of training session, beside the core's; labels in the module's bundle. */
    default List<SessionKind> sessionKinds() {
        return List.of();
    }

    /** Rules the core asks before anyone books one of this module's sessions (sessions of its programme), only then. */
    default List<Class<? extends BookingRules>> bookingRules() {
        return List.of();
    }

    /**
     * CDI beans of the module that observe core events. Every {@code @Observes} parameter of these beans must be an
     * event type marked {@link CoreEvent}; the list documents (and the start-up check enforces) what a module may
     * rely on.
     */
    default List<Class<?>> observers() {
        return List.of();
    }

    /** The module's schema: its own migrations folder ({@code db/migration/<key>}), migrated after the core's. */
    @Override
    default Optional<ModuleSchema> schema() {
        return Optional.empty();
    }

    /** Jobs the core runs on a timer for this module. */
    default List<Class<? extends ScheduledJob>> scheduledJobs() {
        return List.of();
    }

    /** What the module adds to the demo, seeded through the core's one demo hook. */
    default List<Class<? extends DemoContribution>> demoData() {
        return List.of();
    }

    /** Rules a course of this programme must meet, besides its units, before it counts as completed. */
    default List<Class<? extends CompletionRule>> completionRules() {
        return List.of();
    }

    /** Every view this module promises to serve; the core checks at start-up that each one exists. */
    default List<String> views() {
        var views = new ArrayList<String>();
        views.add(programmeView());
        menuEntries().forEach(entry -> views.add(entry.view()));
        return List.copyOf(views);
    }

    /** Resolves one of the module's own texts in the given language. */
    default String text(String key, Locale locale) {
        return ResourceBundle.getBundle(bundleBaseName(), locale, getClass().getClassLoader())
                .getString(key);
    }
}
