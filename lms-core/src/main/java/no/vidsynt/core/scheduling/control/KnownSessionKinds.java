package no.vidsynt.core.scheduling.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import no.vidsynt.core.programme.control.CourseModules;
import no.vidsynt.core.spi.CourseModule;
import no.vidsynt.core.spi.SessionKind;

/** Every session kind the core and the deployed modules offer, with its label in a language. */
@ApplicationScoped
public class KnownSessionKinds {

    @Inject
    CourseModules modules;

    /** Where a kind's label lives: the core's bundle, or its module's. */
    private record Source(String bundleBaseName, ClassLoader loader) {}

    private final Map<String, Source> byKey = new LinkedHashMap<>();

    @PostConstruct
    void register() {
        Source core = new Source(SchedulingTexts.BUNDLE, KnownSessionKinds.class.getClassLoader());
        CoreSessionKinds.keys().forEach(key -> byKey.put(key, core));
        for (CourseModule module : modules.all()) {
            Source source =
                    new Source(module.bundleBaseName(), module.getClass().getClassLoader());
            module.sessionKinds().forEach(kind -> byKey.putIfAbsent(kind.key(), source));
        }
    }

    public boolean isKnown(String key) {
        return byKey.containsKey(key);
    }

    public List<String> keys() {
        return new ArrayList<>(byKey.keySet());
    }

    public String label(String key, Locale locale) {
        Source source = byKey.get(key);
        if (source == null) {
            return key;
        }
        return ResourceBundle.getBundle(source.bundleBaseName(), locale, source.loader())
                .getString(new SessionKind(key).labelKey());
    }
}
