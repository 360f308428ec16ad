package no.vidsynt.core.organisation.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The organisational tree as plain values: each unit's path ("Region sør/Avdeling Arendal"), its depth, the order in
 * which to show the tree, and finding a unit by name or path (as people write them in an import file). No database
 * here, so the rules are unit-tested directly.
 */
public final class UnitTree {

    /** Separates the names in a unit's path. */
    public static final String SEPARATOR = "/";

    /** One unit as the tree needs it. */
    public record Unit(long id, String name, String kind, Long parentId) {}

    /** A unit with its place in the tree. */
    public record Placed(Unit unit, String path, int depth) {}

    /** The outcome of looking up a unit written as a name or a path. */
    public sealed interface Lookup permits Found, Unknown, Ambiguous {}

    public record Found(long id) implements Lookup {}

    public record Unknown() implements Lookup {}

    /** Several units carry this name: the path tells them apart. */
    public record Ambiguous(List<String> paths) implements Lookup {}

    private final Map<Long, Unit> byId = new HashMap<>();
    private final List<Placed> ordered = new ArrayList<>();
    private final Map<Long, Placed> placedById = new HashMap<>();

    public UnitTree(List<Unit> units) {
        Map<Long, List<Unit>> children = new HashMap<>();
        for (Unit unit : units) {
            byId.put(unit.id(), unit);
        }
        for (Unit unit : units) {
            Long parent = unit.parentId() != null && byId.containsKey(unit.parentId()) ? unit.parentId() : null;
            children.computeIfAbsent(parent, key -> new ArrayList<>()).add(unit);
        }
        children.values()
                .forEach(list ->
                        list.sort(Comparator.comparing((Unit u) -> u.name().toLowerCase(Locale.ROOT))
                                .thenComparing(Unit::id)));
        place(children, null, "", 0);
    }

    private void place(Map<Long, List<Unit>> children, Long parentId, String prefix, int depth) {
        for (Unit unit : children.getOrDefault(parentId, List.of())) {
            if (placedById.containsKey(unit.id())) {
                continue; // a cycle in bad data: show each unit once
            }
            Placed placed = new Placed(unit, prefix + unit.name(), depth);
            ordered.add(placed);
            placedById.put(unit.id(), placed);
            place(children, unit.id(), placed.path() + SEPARATOR, depth + 1);
        }
    }

    /** Every unit, parents before their children, siblings by name. */
    public List<Placed> ordered() {
        return List.copyOf(ordered);
    }

    public Optional<Placed> placed(long id) {
        return Optional.ofNullable(placedById.get(id));
    }

    /** The path of a unit, or its id as text for an unknown one. */
    public String path(long id) {
        Placed placed = placedById.get(id);
        return placed == null ? "#" + id : placed.path();
    }

    /**
     * Finds a unit by its path ("Region sør/Avdeling Arendal") or by its name alone when only one unit has it.
     * Letter case and spaces around the names do not matter.
     */
    public Lookup find(String reference) {
        String wanted = normalise(reference);
        if (wanted.isEmpty()) {
            return new Unknown();
        }
        if (wanted.contains(SEPARATOR)) {
            return ordered.stream()
                    .filter(p -> normalise(p.path()).equals(wanted))
                    .findFirst()
                    .<Lookup>map(p -> new Found(p.unit().id()))
                    .orElse(new Unknown());
        }
        List<Placed> named = ordered.stream()
                .filter(p -> normalise(p.unit().name()).equals(wanted))
                .toList();
        if (named.isEmpty()) {
            return new Unknown();
        }
        if (named.size() > 1) {
            return new Ambiguous(named.stream().map(Placed::path).toList());
        }
        return new Found(named.get(0).unit().id());
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String[] parts = text.split(SEPARATOR, -1);
        List<String> cleaned = new ArrayList<>();
        for (String part : parts) {
            cleaned.add(part.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        }
        return String.join(SEPARATOR, cleaned);
    }
}
