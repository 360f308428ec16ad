package no.vidsynt.core.catalogue.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.vidsynt.core.spi.UnitType;

/** Every registered unit type by key; two types with one key are a deployment error. */
@ApplicationScoped
public class UnitTypes {

    @Inject
    @Any
    Instance<UnitType> discovered;

    private final Map<String, UnitType> byKey = new LinkedHashMap<>();

    /**
     * CDI finds the types in no fixed order; the editor offers them in a fixed one, the plain task first (the default
     * of a new unit), then by key.
     */
    @PostConstruct
    void register() {
        discovered.stream()
                .sorted(java.util.Comparator.comparing(
                                (UnitType type) -> !type.key().equals(TaskUnitType.KEY))
                        .thenComparing(UnitType::key))
                .forEach(type -> {
                    UnitType earlier = byKey.putIfAbsent(type.key(), type);
                    if (earlier != null) {
                        throw new IllegalStateException("Two unit types have the key '" + type.key() + "': "
                                + earlier.getClass().getName() + " and "
                                + type.getClass().getName());
                    }
                });
    }

    public Optional<UnitType> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Collection<UnitType> all() {
        return byKey.values();
    }
}
