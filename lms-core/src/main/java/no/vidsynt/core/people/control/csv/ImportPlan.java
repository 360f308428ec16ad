package no.vidsynt.core.people.control.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.vidsynt.core.organisation.control.UnitTree;
import no.vidsynt.core.people.entity.Role;

/**
 * What an import file would change, decided against the people and units that exist: each line creates a person,
 * updates one (only when something differs) or leaves one unchanged. People are matched by username; a username that
 * belongs to someone with another e-mail, or an e-mail that belongs to another username, is a problem rather than a
 * guess. The file states each person's full set of roles and units. No database here: the service hands in a snapshot.
 */
public final class ImportPlan {

    /** A person as they exist now, as far as an import can change them. */
    public record Existing(
            long id, String username, String name, String email, String language, Set<Role> roles, Set<Long> unitIds) {}

    public enum Outcome {
        CREATE,
        UPDATE,
        UNCHANGED
    }

    /** What happens to one line's person. */
    public record Change(ImportRow row, Outcome outcome, Long personId, Set<Long> unitIds) {}

    private final List<Change> changes;
    private final List<ImportProblem> problems;

    private ImportPlan(List<Change> changes, List<ImportProblem> problems) {
        this.changes = changes;
        this.problems = problems;
    }

    /**
     * @param parsed the file, checked for form
     * @param existing everyone who exists now
     * @param units the organisational tree
     * @param actorUsername the administrator importing: they may not take the admin role from themselves
     */
    public static ImportPlan of(
            PeopleCsv.Parsed parsed, List<Existing> existing, UnitTree units, String actorUsername) {
        Map<String, Existing> byUsername = new HashMap<>();
        Map<String, Existing> byEmail = new HashMap<>();
        for (Existing person : existing) {
            byUsername.put(lower(person.username()), person);
            byEmail.put(lower(person.email()), person);
        }
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        List<Change> changes = new ArrayList<>();
        parsed.unitsOfRejected()
                .forEach((line, references) -> references.forEach(reference -> {
                    if (units.find(reference) instanceof UnitTree.Unknown) {
                        problems.add(ImportProblem.of(line, "import.problem.unknownUnit", reference));
                    }
                }));
        for (ImportRow row : parsed.rows()) {
            int before = problems.size();
            Set<Long> unitIds = new LinkedHashSet<>();
            for (String reference : row.units()) {
                UnitTree.Lookup lookup = units.find(reference);
                if (lookup instanceof UnitTree.Found found) {
                    unitIds.add(found.id());
                } else if (lookup instanceof UnitTree.Ambiguous ambiguous) {
                    problems.add(ImportProblem.of(
                            row.line(),
                            "import.problem.ambiguousUnit",
                            reference,
                            String.join(" | ", ambiguous.paths())));
                } else {
                    problems.add(ImportProblem.of(row.line(), "import.problem.unknownUnit", reference));
                }
            }
            Existing sameUsername = byUsername.get(lower(row.username()));
            Existing sameEmail = byEmail.get(lower(row.email()));
            if (sameUsername != null && !lower(sameUsername.email()).equals(lower(row.email()))) {
                problems.add(ImportProblem.of(
                        row.line(), "import.problem.usernameTaken", row.username(), sameUsername.email()));
            } else if (sameUsername == null && sameEmail != null) {
                problems.add(
                        ImportProblem.of(row.line(), "import.problem.emailTaken", row.email(), sameEmail.username()));
            }
            if (sameUsername != null
                    && sameUsername.username().equalsIgnoreCase(actorUsername)
                    && sameUsername.roles().contains(Role.ADMIN)
                    && !row.roles().contains(Role.ADMIN)) {
                problems.add(ImportProblem.of(row.line(), "import.problem.ownAdminRole"));
            }
            if (problems.size() > before) {
                continue;
            }
            if (sameUsername == null) {
                changes.add(new Change(row, Outcome.CREATE, null, unitIds));
            } else {
                boolean same = sameUsername.name().equals(row.name())
                        && sameUsername.email().equals(row.email())
                        && sameUsername.language().equals(row.language())
                        && sameUsername.roles().equals(row.roles())
                        && sameUsername.unitIds().equals(unitIds);
                changes.add(new Change(row, same ? Outcome.UNCHANGED : Outcome.UPDATE, sameUsername.id(), unitIds));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        return new ImportPlan(List.copyOf(changes), List.copyOf(problems));
    }

    public List<Change> changes() {
        return changes;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public boolean isApplicable() {
        return problems.isEmpty();
    }

    public long count(Outcome outcome) {
        return changes.stream().filter(change -> change.outcome() == outcome).count();
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
