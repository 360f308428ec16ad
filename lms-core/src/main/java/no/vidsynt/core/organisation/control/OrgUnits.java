package no.vidsynt.core.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import no.vidsynt.core.organisation.entity.OrgUnit;
import no.vidsynt.core.organisation.entity.OrgUnitKind;
import no.vidsynt.core.people.control.AdminCheck;
import no.vidsynt.core.people.control.Refused;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.Audited;

/**
 * The organisational tree: reading it (anyone signed in) and changing it (administrators): create, rename and place
 * units, and assign or remove their leaders. A unit's kind follows its parent (region, department, team), and names
 * are unique among siblings so that every unit has a path of its own.
 */
@ApplicationScoped
@Transactional
public class OrgUnits {

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminCheck adminCheck;

    @Inject
    Organisation organisation;

    @Inject
    Event<Audited> audit;

    /** A leader as the tree shows them. */
    public record Leader(long id, String username, String displayName) {}

    /** One unit with its place in the tree, its leaders and how many people belong to it directly. */
    public record Overview(
            long id,
            String name,
            OrgUnitKind kind,
            Long parentId,
            String path,
            int depth,
            List<Leader> leaders,
            long members) {}

    /** The tree as plain values. */
    public UnitTree tree() {
        List<OrgUnit> units = em.createNamedQuery(OrgUnit.ALL, OrgUnit.class).getResultList();
        return new UnitTree(units.stream()
                .map(unit -> new UnitTree.Unit(
                        unit.getId(),
                        unit.getName(),
                        unit.getKind().name(),
                        unit.getParent() == null ? null : unit.getParent().getId()))
                .toList());
    }

    /** Every unit, parents before children, with leaders and member counts. */
    public List<Overview> overview() {
        Map<Long, OrgUnit> byId = new HashMap<>();
        em.createNamedQuery(OrgUnit.ALL, OrgUnit.class).getResultList().forEach(unit -> byId.put(unit.getId(), unit));
        Map<Long, Long> members = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("SELECT unit_id, COUNT(*) FROM person_unit GROUP BY unit_id")
                .getResultList();
        counts.forEach(row -> members.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return tree().ordered().stream()
                .map(placed -> {
                    OrgUnit unit = byId.get(placed.unit().id());
                    List<Leader> leaders = unit.getLeaders().stream()
                            .sorted(Comparator.comparing(Person::getDisplayName))
                            .map(person -> new Leader(person.getId(), person.getUsername(), person.getDisplayName()))
                            .toList();
                    return new Overview(
                            unit.getId(),
                            unit.getName(),
                            unit.getKind(),
                            unit.getParent() == null ? null : unit.getParent().getId(),
                            placed.path(),
                            placed.depth(),
                            leaders,
                            members.getOrDefault(unit.getId(), 0L));
                })
                .toList();
    }

    public OrgUnit get(long id) {
        OrgUnit unit = em.find(OrgUnit.class, id);
        if (unit == null) {
            throw Refused.notFound();
        }
        return unit;
    }

    /** Creates a unit at the top (a region) or under a parent; its kind follows the parent's. */
    public OrgUnit create(String name, Long parentId) {
        adminCheck.requireAdmin();
        String cleanName = cleanName(name);
        OrgUnit parent = parentId == null ? null : existing(parentId);
        OrgUnitKind kind = kindBelow(parent);
        requireFreeName(cleanName, parent, null);
        OrgUnit unit = new OrgUnit(cleanName, kind, parent);
        em.persist(unit);
        em.flush();
        audit.fire(new Audited("org_unit.created", "org_unit", unit.getId(), describe(unit)));
        return unit;
    }

    public OrgUnit rename(long id, String name) {
        adminCheck.requireAdmin();
        OrgUnit unit = existing(id);
        String cleanName = cleanName(name);
        if (!cleanName.equals(unit.getName())) {
            requireFreeName(cleanName, unit.getParent(), unit.getId());
            String before = unit.getName();
            unit.rename(cleanName);
            audit.fire(new Audited("org_unit.renamed", "org_unit", unit.getId(), before + " -> " + cleanName));
        }
        return unit;
    }

    /**
     * Places a unit under another parent (or at the top). Its kind follows the new parent; a unit that has units of
     * its own keeps its level, so that the tree stays region > department > team.
     */
    public OrgUnit move(long id, Long parentId) {
        adminCheck.requireAdmin();
        OrgUnit unit = existing(id);
        OrgUnit parent = parentId == null ? null : existing(parentId);
        Long currentParent = unit.getParent() == null ? null : unit.getParent().getId();
        if (Objects.equals(currentParent, parentId)) {
            return unit;
        }
        if (parentId != null && organisation.unitAndDescendants(id).contains(parentId)) {
            throw new Refused(400, "refused.moveBelowItself");
        }
        OrgUnitKind kind = kindBelow(parent);
        boolean hasChildren = organisation.unitAndDescendants(id).size() > 1;
        if (hasChildren && kind != unit.getKind()) {
            throw new Refused(400, "refused.moveChangesLevel");
        }
        requireFreeName(unit.getName(), parent, unit.getId());
        String before = tree().path(id);
        unit.placeUnder(parent, kind);
        em.flush();
        audit.fire(new Audited("org_unit.moved", "org_unit", unit.getId(), before + " -> " + tree().path(id)));
        return unit;
    }

    public OrgUnit addLeader(long unitId, long personId) {
        adminCheck.requireAdmin();
        OrgUnit unit = existing(unitId);
        Person person = person(personId);
        if (unit.addLeaderIfAbsent(person)) {
            String detail = person.getUsername() + " leads " + unit.getName();
            if (!person.holds(Role.LEADER)) {
                person.grant(Role.LEADER);
                detail += " (granted the leader role)";
            }
            audit.fire(new Audited("org_unit.leader_added", "org_unit", unit.getId(), detail));
        }
        return unit;
    }

    public OrgUnit removeLeader(long unitId, long personId) {
        adminCheck.requireAdmin();
        OrgUnit unit = existing(unitId);
        Person person = person(personId);
        if (unit.removeLeader(person)) {
            audit.fire(new Audited(
                    "org_unit.leader_removed",
                    "org_unit",
                    unit.getId(),
                    person.getUsername() + " no longer leads " + unit.getName()));
        }
        return unit;
    }

    private OrgUnit existing(long id) {
        return get(id);
    }

    private Person person(long id) {
        Person person = em.find(Person.class, id);
        if (person == null) {
            throw Refused.notFound();
        }
        return person;
    }

    private static OrgUnitKind kindBelow(OrgUnit parent) {
        return OrgUnitKind.below(parent == null ? null : parent.getKind())
                .orElseThrow(() -> new Refused(400, "refused.nothingBelowTeam"));
    }

    private static String cleanName(String name) {
        String clean = name == null ? "" : name.trim().replaceAll("\\s+", " ");
        if (clean.isEmpty()
                || clean.length() > 200
                || clean.contains(UnitTree.SEPARATOR)
                || clean.contains(",")
                || clean.contains(";")) {
            throw new Refused(400, "refused.badUnitName");
        }
        return clean;
    }

    private void requireFreeName(String name, OrgUnit parent, Long except) {
        boolean taken = em.createNamedQuery(OrgUnit.ALL, OrgUnit.class)
                .getResultStream()
                .filter(other -> !other.getId().equals(except))
                .filter(other -> Objects.equals(
                        other.getParent() == null ? null : other.getParent().getId(),
                        parent == null ? null : parent.getId()))
                .anyMatch(other -> other.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
        if (taken) {
            throw new Refused(409, "refused.unitNameTaken", name);
        }
    }

    private String describe(OrgUnit unit) {
        return unit.getKind().name().toLowerCase(Locale.ROOT) + " " + tree().path(unit.getId());
    }
}
