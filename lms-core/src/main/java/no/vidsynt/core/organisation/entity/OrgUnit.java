package no.vidsynt.core.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import no.vidsynt.core.people.entity.Person;

/**
 * An organisational unit (region, department, team). Leaders assigned to a unit follow it and the units below it.
 */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = OrgUnit.ALL, query = "SELECT u FROM OrgUnit u ORDER BY u.name")
public class OrgUnit {

    public static final String ALL = "OrgUnit.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrgUnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    /** The unit's leaders (avdelingsledere); they follow this unit and the units below it, in aggregate only. */
    @ManyToMany
    @JoinTable(
            name = "org_unit_leader",
            joinColumns = @JoinColumn(name = "unit_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> leaders = new HashSet<>();

    protected OrgUnit() {
        // for JPA
    }

    public OrgUnit(String name, OrgUnitKind kind, OrgUnit parent) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.parent = parent;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public Set<Person> getLeaders() {
        return Collections.unmodifiableSet(leaders);
    }

    public void addLeader(Person leader) {
        leaders.add(leader);
    }

    /** @return whether the person was not already a leader here */
    public boolean addLeaderIfAbsent(Person leader) {
        return leaders.add(leader);
    }

    public boolean removeLeader(Person leader) {
        return leaders.remove(leader);
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name");
    }

    /** Places the unit under another (or at the top, for null); its kind follows the new parent. */
    public void placeUnder(OrgUnit newParent, OrgUnitKind newKind) {
        this.parent = newParent;
        this.kind = Objects.requireNonNull(newKind, "kind");
    }
}
