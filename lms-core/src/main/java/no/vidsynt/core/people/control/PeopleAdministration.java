package no.vidsynt.core.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.vidsynt.core.organisation.control.MembershipChanged;
import no.vidsynt.core.organisation.entity.OrgUnit;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.Audited;

/**
 * What administrators do to people: create, edit, deactivate, reactivate, set a password. Each change is one
 * transaction that also writes the audit entry and tells the rest of the platform about joined and left units.
 */
@ApplicationScoped
@Transactional
public class PeopleAdministration {

    public static final int MIN_PASSWORD_LENGTH = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminCheck adminCheck;

    @Inject
    Event<Audited> audit;

    @Inject
    PasswordHasher hasher;

    @Inject
    Event<MembershipChanged> membership;

    /** A person by id, for administrators; 404 for anyone else. */
    public Person get(long id) {
        adminCheck.requireAdmin();
        return find(id);
    }

    public Person create(PersonDetails details) {
        adminCheck.requireAdmin();
        details.check();
        String username = details.username().trim();
        String email = details.email().trim();
        if (exists(Person.BY_USERNAME, "username", username)) {
            throw new Refused(409, "refused.usernameTaken", username);
        }
        if (exists(Person.BY_EMAIL, "email", email)) {
            throw new Refused(409, "refused.emailTaken", email);
        }
        Person person = new Person(username, details.displayName().trim(), email);
        person.preferLanguage(languageOf(details));
        person.holdRoles(rolesOf(details));
        List<OrgUnit> units = units(details.unitIds());
        em.persist(person);
        em.flush();
        for (OrgUnit unit : units) {
            person.joinUnit(unit);
            membership.fire(new MembershipChanged(person.getId(), unit.getId(), true));
        }
        audit.fire(new Audited(
                "person.created",
                "person",
                person.getId(),
                person.getUsername() + " (" + person.getDisplayName() + "), roles " + names(person.getRoles())
                        + ", units " + unitNames(person.getUnits())));
        return person;
    }

    public Person update(long id, PersonDetails details) {
        Person person = get(id);
        details.check();
        String email = details.email().trim();
        if (!person.getEmail().equalsIgnoreCase(email)) {
            em.createNamedQuery(Person.BY_EMAIL, Person.class)
                    .setParameter("email", email)
                    .getResultStream()
                    .filter(other -> !other.getId().equals(person.getId()))
                    .findFirst()
                    .ifPresent(other -> {
                        throw new Refused(409, "refused.emailTaken", email);
                    });
        }
        Set<Role> roles = rolesOf(details);
        if (person.getUsername().equals(adminCheck.callerName())
                && person.holds(Role.ADMIN)
                && !roles.contains(Role.ADMIN)) {
            throw new Refused(400, "refused.ownAdminRole");
        }
        List<String> changes = new ArrayList<>();
        if (!person.getDisplayName().equals(details.displayName().trim())) {
            changes.add("name");
            person.rename(details.displayName().trim());
        }
        if (!person.getEmail().equals(email)) {
            changes.add("email");
            person.changeEmail(email);
        }
        if (!person.getPreferredLanguage().equals(languageOf(details))) {
            changes.add("language " + languageOf(details));
            person.preferLanguage(languageOf(details));
        }
        if (!person.getRoles().equals(roles)) {
            changes.add("roles " + names(person.getRoles()) + " -> " + names(roles));
            person.holdRoles(roles);
        }
        changes.addAll(placeInUnits(person, new HashSet<>(units(details.unitIds()))));
        if (!changes.isEmpty()) {
            audit.fire(new Audited(
                    "person.updated",
                    "person",
                    person.getId(),
                    person.getUsername() + ": " + String.join("; ", changes)));
        }
        return person;
    }

    /**
     * Makes the person a member of exactly these units, firing {@link MembershipChanged} for each unit joined or left.
     *
     * @return descriptions of the changes, for the audit log
     */
    List<String> placeInUnits(Person person, Set<OrgUnit> wanted) {
        List<String> changes = new ArrayList<>();
        for (OrgUnit unit : new ArrayList<>(person.getUnits())) {
            if (!wanted.contains(unit) && person.leaveUnit(unit)) {
                changes.add("left " + unit.getName());
                membership.fire(new MembershipChanged(person.getId(), unit.getId(), false));
            }
        }
        for (OrgUnit unit : wanted) {
            if (person.joinUnit(unit)) {
                changes.add("joined " + unit.getName());
                membership.fire(new MembershipChanged(person.getId(), unit.getId(), true));
            }
        }
        return changes;
    }

    public Person deactivate(long id) {
        Person person = get(id);
        if (person.getUsername().equals(adminCheck.callerName())) {
            throw new Refused(400, "refused.ownAccount");
        }
        if (person.isActive()) {
            person.deactivate();
            audit.fire(new Audited("person.deactivated", "person", person.getId(), person.getUsername()));
        }
        return person;
    }

    public Person reactivate(long id) {
        Person person = get(id);
        if (!person.isActive()) {
            person.reactivate();
            audit.fire(new Audited("person.reactivated", "person", person.getId(), person.getUsername()));
        }
        return person;
    }

    /** Sets a password for someone (imported people have none until an administrator sets one). */
    public void setPassword(long id, String password) {
        Person person = get(id);
        requireStrongEnough(password);
        person.changePasswordHash(hasher.hash(password));
        person.signInSucceeded();
        audit.fire(new Audited("person.password_set", "person", person.getId(), person.getUsername()));
    }

    static void requireStrongEnough(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
            throw new Refused(400, "refused.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
    }

    Person find(long id) {
        Person person = em.find(Person.class, id);
        if (person == null) {
            throw Refused.notFound();
        }
        return person;
    }

    private boolean exists(String query, String parameter, String value) {
        return em.createNamedQuery(query, Person.class)
                .setParameter(parameter, value)
                .getResultStream()
                .findAny()
                .isPresent();
    }

    private List<OrgUnit> units(Set<Long> ids) {
        List<OrgUnit> units = new ArrayList<>();
        for (Long unitId : ids == null ? Set.<Long>of() : ids) {
            OrgUnit unit = unitId == null ? null : em.find(OrgUnit.class, unitId);
            if (unit == null) {
                throw new Refused(400, "refused.unknownUnit", String.valueOf(unitId));
            }
            units.add(unit);
        }
        return units;
    }

    private static Set<Role> rolesOf(PersonDetails details) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (details.roles() != null) {
            details.roles().stream().filter(java.util.Objects::nonNull).forEach(roles::add);
        }
        if (roles.isEmpty()) {
            roles.add(Role.LEARNER);
        }
        return roles;
    }

    private static String languageOf(PersonDetails details) {
        return details.preferredLanguage() == null
                        || details.preferredLanguage().isBlank()
                ? "nb"
                : details.preferredLanguage();
    }

    static String names(Set<Role> roles) {
        return String.join(
                ",", new TreeSet<>(roles.stream().map(Role::groupName).toList()));
    }

    static String unitNames(Set<OrgUnit> units) {
        return String.join(
                ",", new TreeSet<>(units.stream().map(OrgUnit::getName).toList()));
    }
}
