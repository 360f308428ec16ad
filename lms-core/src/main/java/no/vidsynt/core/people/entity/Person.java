package no.vidsynt.core.people.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import no.vidsynt.core.organisation.entity.OrgUnit;

/**
 * A person who uses VidSynt: an employee, a trainer, an author, a leader or an administrator (or several).
 *
 * <p>Deactivating keeps the person and their history; they only can no longer sign in. The sign-in counters live here
 * so that a delay after repeated failures holds for the account, whichever server the attempts reach.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.BY_USERNAME, query = "SELECT p FROM Person p WHERE p.username = :username")
@NamedQuery(name = Person.COUNT_WITH_ROLE, query = "SELECT COUNT(p) FROM Person p JOIN p.roles r WHERE r = :role")
@NamedQuery(name = Person.COUNT_ALL, query = "SELECT COUNT(p) FROM Person p")
@NamedQuery(name = Person.BY_EMAIL, query = "SELECT p FROM Person p WHERE LOWER(p.email) = LOWER(:email)")
@NamedQuery(name = Person.ALL, query = "SELECT p FROM Person p ORDER BY p.username")
public class Person {

    public static final String BY_USERNAME = "Person.byUsername";
    public static final String COUNT_WITH_ROLE = "Person.countWithRole";
    public static final String COUNT_ALL = "Person.countAll";
    public static final String BY_EMAIL = "Person.byEmail";
    public static final String ALL = "Person.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false, length = 254, unique = true)
    private String email;

    @Column(name = "preferred_language", nullable = false, length = 10)
    private String preferredLanguage = "nb";

    @Column(name = "password_hash", length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "sign_in_blocked_until")
    private Instant signInBlockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToMany
    @JoinTable(
            name = "person_unit",
            joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<OrgUnit> units = new HashSet<>();

    protected Person() {
        // for JPA
    }

    public Person(String username, String displayName, String email) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.email = Objects.requireNonNull(email, "email");
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    /** Replaces the roles with exactly these. */
    public void holdRoles(Set<Role> newRoles) {
        roles.retainAll(newRoles);
        roles.addAll(newRoles);
    }

    /** @return whether the person was not already a member */
    public boolean joinUnit(OrgUnit unit) {
        return units.add(unit);
    }

    /** @return whether the person was a member */
    public boolean leaveUnit(OrgUnit unit) {
        return units.remove(unit);
    }

    public void rename(String newDisplayName) {
        this.displayName = Objects.requireNonNull(newDisplayName, "displayName");
    }

    public void changeEmail(String newEmail) {
        this.email = Objects.requireNonNull(newEmail, "email");
    }

    /** The person can no longer sign in; everything they did and learnt stays. */
    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public boolean hasPassword() {
        return passwordHash != null && !passwordHash.isBlank();
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void preferLanguage(String language) {
        this.preferredLanguage = language;
    }

    /** Records a failed sign-in and, from the counter, until when further attempts are refused. */
    public void signInFailed(Instant blockedUntil) {
        failedSignIns++;
        signInBlockedUntil = blockedUntil;
    }

    public void signInSucceeded() {
        failedSignIns = 0;
        signInBlockedUntil = null;
    }

    public Instant getSignInBlockedUntil() {
        return signInBlockedUntil;
    }

    public boolean isSignInBlockedAt(Instant moment) {
        return signInBlockedUntil != null && moment.isBefore(signInBlockedUntil);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<OrgUnit> getUnits() {
        return Collections.unmodifiableSet(units);
    }
}
