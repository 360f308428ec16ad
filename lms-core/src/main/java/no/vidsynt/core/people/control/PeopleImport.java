package no.vidsynt.core.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import no.vidsynt.core.organisation.control.OrgUnits;
import no.vidsynt.core.organisation.entity.OrgUnit;
import no.vidsynt.core.people.control.csv.ImportPlan;
import no.vidsynt.core.people.control.csv.ImportProblem;
import no.vidsynt.core.people.control.csv.ImportRow;
import no.vidsynt.core.people.control.csv.PeopleCsv;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Audited;

/**
 * Imports people from a CSV file (format in {@link PeopleCsv}). A dry run reports what would happen and every bad
 * line; the real import applies every line or none, in one transaction. Importing the same file again changes
 * nothing. Imported people get no password: an administrator sets one (or, later, they sign in through the agency's
 * identity provider).
 */
@ApplicationScoped
public class PeopleImport {

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminCheck adminCheck;

    @Inject
    OrgUnits orgUnits;

    @Inject
    PeopleAdministration administration;

    @Inject
    Event<Audited> audit;

    /** One line's outcome, for the summary. */
    public record Line(int line, String username, ImportPlan.Outcome outcome) {}

    /**
     * What an import did or would do.
     *
     * @param applied whether the changes were written (false for a dry run and for a file with problems)
     */
    public record Report(
            boolean dryRun,
            boolean applied,
            long created,
            long updated,
            long unchanged,
            List<ImportProblem> problems,
            List<Line> lines) {}

    /** Checks the file and tells what importing it would change; writes nothing. */
    @Transactional
    public Report dryRun(String csv) {
        adminCheck.requireAdmin();
        return report(plan(csv), true, false);
    }

    /** Applies the whole file, or nothing when any line has a problem. */
    @Transactional
    public Report apply(String csv) {
        adminCheck.requireAdmin();
        ImportPlan plan = plan(csv);
        if (!plan.isApplicable()) {
            return report(plan, false, false);
        }
        for (ImportPlan.Change change : plan.changes()) {
            switch (change.outcome()) {
                case CREATE -> create(change);
                case UPDATE -> update(change);
                case UNCHANGED -> {}
            }
        }
        Report report = report(plan, false, true);
        audit.fire(new Audited(
                "people.import_applied",
                "person",
                null,
                String.format(
                        Locale.ROOT,
                        "%d created, %d updated, %d unchanged",
                        report.created(),
                        report.updated(),
                        report.unchanged())));
        return report;
    }

    private ImportPlan plan(String csv) {
        PeopleCsv.Parsed parsed = PeopleCsv.parse(csv);
        List<ImportPlan.Existing> existing = em.createNamedQuery(Person.ALL, Person.class)
                .getResultStream()
                .map(person -> new ImportPlan.Existing(
                        person.getId(),
                        person.getUsername(),
                        person.getDisplayName(),
                        person.getEmail(),
                        person.getPreferredLanguage(),
                        Set.copyOf(person.getRoles()),
                        person.getUnits().stream().map(OrgUnit::getId).collect(Collectors.toSet())))
                .toList();
        return ImportPlan.of(parsed, existing, orgUnits.tree(), adminCheck.callerName());
    }

    private void create(ImportPlan.Change change) {
        ImportRow row = change.row();
        administration.create(new PersonDetails(
                row.username(), row.name(), row.email(), row.language(), row.roles(), change.unitIds()));
    }

    private void update(ImportPlan.Change change) {
        ImportRow row = change.row();
        administration.update(
                change.personId(),
                new PersonDetails(
                        row.username(),
                        row.name(),
                        row.email(),
                        row.language(),
                        row.roles(),
                        new HashSet<>(change.unitIds())));
    }

    private static Report report(ImportPlan plan, boolean dryRun, boolean applied) {
        List<Line> lines = plan.changes().stream()
                .map(change -> new Line(change.row().line(), change.row().username(), change.outcome()))
                .toList();
        return new Report(
                dryRun,
                applied,
                plan.count(ImportPlan.Outcome.CREATE),
                plan.count(ImportPlan.Outcome.UPDATE),
                plan.count(ImportPlan.Outcome.UNCHANGED),
                plan.problems(),
                lines);
    }
}
