package no.vidsynt.core.programme.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Locale;
import no.vidsynt.core.spi.CourseModule;

/**
 * A programme as people see it: a course module's identity in one language. A class with getters rather than a
 * record, because Faces' expression language (EL 5) reads bean properties only.
 */
@JsonbPropertyOrder({"key", "name", "description", "version", "view"})
public final class Programme {

    private final String key;
    private final String version;
    private final String name;
    private final String description;
    private final String view;

    public Programme(String key, String version, String name, String description, String view) {
        this.key = key;
        this.version = version;
        this.name = name;
        this.description = description;
        this.view = view;
    }

    public static Programme of(CourseModule module, Locale locale) {
        return new Programme(
                module.key(),
                module.version(),
                module.text(module.nameKey(), locale),
                module.text(module.descriptionKey(), locale),
                module.programmeView());
    }

    /** The module's stable key. */
    public String getKey() {
        return key;
    }

    /** The module's version. */
    public String getVersion() {
        return version;
    }

    /** The programme's name in the requested language. */
    public String getName() {
        return name;
    }

    /** What the programme is for, in the requested language. */
    public String getDescription() {
        return description;
    }

    /** The path of the programme's page. */
    public String getView() {
        return view;
    }
}
