package no.vidsynt.core.scheduling.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import no.vidsynt.core.spi.SessionKinds;

/** Every session kind the core and the deployed modules offer, with its label in a language. */
@ApplicationScoped
public class KnownSessionKinds {

    @Inject
    @Any
    Instance<SessionKinds> contributions;

    private final Map<String, SessionKinds> byKey = new LinkedHashMap<>();

    @PostConstruct
    void register() {
        contributions.forEach(source -> source.keys().forEach(key -> byKey.putIfAbsent(key, source)));
    }

    public boolean isKnown(String key) {
        return byKey.containsKey(key);
    }

    public List<String> keys() {
        return new ArrayList<>(byKey.keySet());
    }

    public String label(String key, Locale locale) {
        SessionKinds source = byKey.get(key);
        if (source == null) {
            return key;
        }
        return ResourceBundle.getBundle(source.bundleBaseName(), locale, source.getClass().getClassLoader())
                .getString("kind." + key);
    }
}
