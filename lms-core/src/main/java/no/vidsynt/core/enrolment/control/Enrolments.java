package no.vidsynt.core.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.vidsynt.core.audit.control.AuditLog;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.enrolment.entity.Cohort;
import no.vidsynt.core.enrolment.entity.CourseUnitEnrolment;
import no.vidsynt.core.enrolment.entity.Enrolment;
import no.vidsynt.core.organisation.control.MembershipChanged;
import no.vidsynt.core.organisation.control.Organisation;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.Refusal;

/**
 * Who takes which course: self-enrolment in open courses, withdrawal (progress is kept), standing enrolments of whole
 * organisational units (also for people who join later) and cohorts. Object-level rules live here: what a caller may
 * not see answers as "not found".
 */
@ApplicationScoped
public class Enrolments {

    /** The enrolment feature's refusals. */
    public static final String BUNDLE = "no.vidsynt.core.i18n.enrolment";

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    Organisation organisation;

    @Inject
    People people;

    @Inject
    CourseCompletions completions;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    public List<Enrolment> of(long personId) {
        return em.createNamedQuery(Enrolment.OF_PERSON, Enrolment.class)
                .setParameter("person", personId)
                .getResultList();
    }

    public java.util.Optional<Enrolment> of(long personId, long courseId) {
        return em.createNamedQuery(Enrolment.OF_PERSON_IN_COURSE, Enrolment.class)
                .setParameter("person", personId)
                .setParameter("course", courseId)
                .getResultStream()
                .findFirst();
    }

    /** Enrols the person in a published course open for self-enrolment (again, after a withdrawal). */
    @Transactional
    public Enrolment enrolSelf(long personId, long courseId, Long cohortId) {
        CourseCatalogue.Listing course = catalogue
                .published(courseId)
                .orElseThrow(() -> refused(Refusal.Kind.NOT_FOUND, "refused.noPublishedCourse", courseId));
        Enrolment existing = of(personId, courseId).orElse(null);
        if (!course.selfEnrolment() && (existing == null || existing.getSource() == Enrolment.Source.SELF)) {
            throw refused(Refusal.Kind.NOT_FOUND, "refused.notSelfEnrolment", courseId);
        }
        if (cohortId != null) {
            requireCohortOf(courseId, cohortId);
        }
        return ensureEnrolled(personId, courseId, Enrolment.Source.SELF, null, cohortId);
    }

    /** Leaves the course; all progress stays, and enrolling again restores it. */
    @Transactional
    public Enrolment withdraw(long personId, long courseId) {
        Enrolment enrolment = of(personId, courseId)
                .filter(Enrolment::isEnrolled)
                .orElseThrow(() -> refused(Refusal.Kind.NOT_FOUND, "refused.notEnrolled", courseId));
        enrolment.withdraw();
        return enrolment;
    }

    /**
     * Enrols a whole organisational unit (and the units below it) as a standing rule; returns how many people were
     * enrolled now. Only admins and the unit's leaders may; anyone else is told the unit does not exist.
     */
    @Transactional
    public int enrolUnit(Person actor, long orgUnitId, long courseId, Long cohortId) {
        requireMayManage(actor, orgUnitId);
        catalogue
                .published(courseId)
                .orElseThrow(() -> refused(Refusal.Kind.NOT_FOUND, "refused.noPublishedCourse", courseId));
        if (cohortId != null) {
            requireCohortOf(courseId, cohortId);
        }
        if (em.find(CourseUnitEnrolment.class, new CourseUnitEnrolment.Key(courseId, orgUnitId)) == null) {
            em.persist(new CourseUnitEnrolment(courseId, orgUnitId, actor.getUsername(), clock.instant()));
        }
        int enrolled = 0;
        for (long personId : membersOf(organisation.unitAndDescendants(orgUnitId))) {
            if (ensureEnrolledCounting(personId, courseId, orgUnitId, cohortId)) {
                enrolled++;
            }
        }
        audit.record(
                "enrolment.unit",
                "org_unit",
                orgUnitId,
                "Course " + courseId + " for the unit and below; " + enrolled + " enrolled now"
                        + (cohortId == null ? "" : ", cohort " + cohortId));
        return enrolled;
    }

    /** The standing enrolments of a unit the caller may manage. */
    public List<CourseUnitEnrolment> unitEnrolments(Person actor, long orgUnitId) {
        requireMayManage(actor, orgUnitId);
        return em.createNamedQuery(CourseUnitEnrolment.OF_UNIT, CourseUnitEnrolment.class)
                .setParameter("unit", orgUnitId)
                .getResultList();
    }

    /**
     * Undoes a unit's standing enrolment in a course: the rule goes (people who join later are no longer enrolled),
     * and those it enrolled who have not started yet are withdrawn. Those who started keep their enrolment and
     * progress. Returns how many were withdrawn.
     */
    @Transactional
    public int undoUnitEnrolment(Person actor, long orgUnitId, long courseId) {
        requireMayManage(actor, orgUnitId);
        CourseUnitEnrolment rule = em.find(CourseUnitEnrolment.class, new CourseUnitEnrolment.Key(courseId, orgUnitId));
        if (rule == null) {
            throw refused(Refusal.Kind.NOT_FOUND, "refused.noStandingEnrolment", orgUnitId, courseId);
        }
        em.remove(rule);
        @SuppressWarnings("unchecked")
        List<Number> notStarted = em.createNativeQuery("SELECT id FROM enrolment WHERE course_id = ?1"
                        + " AND org_unit_id = ?2 AND source = 'UNIT' AND status = 'ACTIVE' AND started_at IS NULL")
                .setParameter(1, courseId)
                .setParameter(2, orgUnitId)
                .getResultList();
        int withdrawn = 0;
        for (Number id : notStarted) {
            Enrolment enrolment = em.find(Enrolment.class, id.longValue());
            if (enrolment != null && enrolment.withdraw()) {
                withdrawn++;
            }
        }
        audit.record(
                "enrolment.unit.undone",
                "org_unit",
                orgUnitId,
                "Course " + courseId + "; " + withdrawn + " not yet started withdrawn");
        return withdrawn;
    }

    /** The people of a unit the caller manages (and of the units below it), by name. */
    public List<Person> unitMembers(Person actor, long orgUnitId) {
        requireMayManage(actor, orgUnitId);
        Set<Long> ids = membersOf(organisation.unitAndDescendants(orgUnitId));
        if (ids.isEmpty()) {
            return List.of();
        }
        return people.byIds(ids);
    }

    /** People by id, by name (for the pages that show who is in a cohort). */
    public List<Person> people(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return people.byIds(ids);
    }

    /** Someone joined a unit: enrol them in every course a unit at or above it is enrolled in. */
    @Transactional
    public void membershipChanged(@Observes MembershipChanged change) {
        if (!change.joined()) {
            return;
        }
        List<CourseUnitEnrolment> rules = em.createQuery(
                        "SELECT c FROM CourseUnitEnrolment c", CourseUnitEnrolment.class)
                .getResultList();
        for (CourseUnitEnrolment rule : rules) {
            if (organisation.unitAndDescendants(rule.getOrgUnitId()).contains(change.unitId())) {
                ensureEnrolledCounting(change.personId(), rule.getCourseId(), rule.getOrgUnitId(), null);
            }
        }
    }

    public List<Cohort> cohorts(long courseId) {
        return em.createNamedQuery(Cohort.OF_COURSE, Cohort.class)
                .setParameter("course", courseId)
                .getResultList();
    }

    public Cohort cohort(long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw refused(Refusal.Kind.NOT_FOUND, "refused.noCohort", cohortId);
        }
        return cohort;
    }

    /**
     * Creates a cohort of a published course. Leaders must name one of the units they lead (the cohort belongs to it);
     * administrators may leave the unit out (a cohort for anyone).
     */
    @Transactional
    public Cohort createCohort(Person actor, long courseId, String name, LocalDate startDate, Long orgUnitId) {
        catalogue
                .published(courseId)
                .orElseThrow(() -> refused(Refusal.Kind.NOT_FOUND, "refused.noPublishedCourse", courseId));
        if (orgUnitId != null) {
            requireMayManage(actor, orgUnitId);
        } else if (!actor.getRoles().contains(Role.ADMIN)) {
            throw refused(Refusal.Kind.INVALID, "refused.nameTheUnit");
        }
        Cohort cohort = new Cohort(courseId, name.strip(), startDate, orgUnitId);
        em.persist(cohort);
        em.flush();
        audit.record(
                "cohort.created",
                "cohort",
                cohort.getId(),
                "Course " + courseId + ": " + cohort.getName() + " from " + startDate
                        + (orgUnitId == null ? "" : ", unit " + orgUnitId));
        return cohort;
    }

    @Transactional
    public Cohort changeCohort(Person actor, long cohortId, String name, LocalDate startDate) {
        Cohort cohort = cohort(cohortId);
        requireMayManageCohort(actor, cohort);
        cohort.change(name.strip(), startDate);
        audit.record("cohort.changed", "cohort", cohortId, cohort.getName() + " from " + startDate);
        return cohort;
    }

    /** Deletes a cohort; its members stay enrolled in the course, without a cohort. */
    @Transactional
    public void deleteCohort(Person actor, long cohortId) {
        Cohort cohort = cohort(cohortId);
        requireMayManageCohort(actor, cohort);
        em.createQuery("UPDATE Enrolment e SET e.cohortId = NULL WHERE e.cohortId = :cohort")
                .setParameter("cohort", cohortId)
                .executeUpdate();
        em.remove(cohort);
        audit.record("cohort.deleted", "cohort", cohortId, cohort.getName());
    }

    /**
     * Puts a person into a cohort, enrolling them in its course if they are not yet. Leaders may add only people of
     * the cohort's unit (and the units below it); a person outside it answers "not found".
     */
    @Transactional
    public Enrolment addToCohort(Person actor, long cohortId, long personId) {
        Cohort cohort = cohort(cohortId);
        requireMayManageCohort(actor, cohort);
        boolean member = cohort.getOrgUnitId() == null
                ? people.byId(personId).isPresent()
                : membersOf(organisation.unitAndDescendants(cohort.getOrgUnitId()))
                        .contains(personId);
        if (!member) {
            throw refused(Refusal.Kind.NOT_FOUND, "refused.notInCohortUnit", personId);
        }
        return placeInCohort(cohort, personId);
    }

    /**
     * Creates a cohort of a published course that belongs to no unit, on the authority of the caller's own rule: for
     * a course module whose own people (a programme's trainers, say) run its cohorts. The core's pages leave such a
     * cohort to administrators.
     */
    @Transactional
    public Cohort createCohortOnBehalf(long courseId, String name, LocalDate startDate) {
        catalogue
                .published(courseId)
                .orElseThrow(() -> refused(Refusal.Kind.NOT_FOUND, "refused.noPublishedCourse", courseId));
        Cohort cohort = new Cohort(courseId, name.strip(), startDate, null);
        em.persist(cohort);
        em.flush();
        audit.record(
                "cohort.created",
                "cohort",
                cohort.getId(),
                // Field names rather than prose: the audit page shows details as written, in either language.
                "courseId=" + courseId + ", name=" + cohort.getName() + ", startDate=" + startDate
                        + ", orgUnitId=null");
        return cohort;
    }

    /**
     * Puts a person into a cohort (enrolling them in its course if they are not yet) on the authority of the caller's
     * own rule: for a course module that decides admission itself. No unit check.
     */
    @Transactional
    public Enrolment placeInCohort(long cohortId, long personId) {
        people.byId(personId).orElseThrow(() -> refused(Refusal.Kind.NOT_FOUND, "refused.notInCohortUnit", personId));
        return placeInCohort(cohort(cohortId), personId);
    }

    private Enrolment placeInCohort(Cohort cohort, long personId) {
        long cohortId = cohort.getId();
        Enrolment enrolment =
                ensureEnrolled(personId, cohort.getCourseId(), Enrolment.Source.UNIT, cohort.getOrgUnitId(), cohortId);
        if (!Long.valueOf(cohortId).equals(enrolment.getCohortId())) {
            enrolment.joinCohort(cohortId);
        }
        audit.record("cohort.member.added", "cohort", cohortId, "Person " + personId);
        return enrolment;
    }

    /** The people enrolled in the cohort. */
    public List<Enrolment> cohortMembers(long cohortId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.cohortId = :cohort", Enrolment.class)
                .setParameter("cohort", cohortId)
                .getResultList();
    }

    /** The cohorts the caller may manage: all for administrators, those of the units they lead for leaders. */
    public List<Cohort> manageableCohorts(Person actor) {
        if (actor.getRoles().contains(Role.ADMIN)) {
            return em.createQuery("SELECT c FROM Cohort c ORDER BY c.startDate, c.id", Cohort.class)
                    .getResultList();
        }
        Set<Long> units = organisation.unitIdsLedBy(actor.getId());
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT c FROM Cohort c WHERE c.orgUnitId IN :units ORDER BY c.startDate, c.id", Cohort.class)
                .setParameter("units", units)
                .getResultList();
    }

    /**
     * Administrators manage every cohort; leaders those of the units they lead (and below). A cohort of another unit,
     * or of none, is refused: 403, since anyone signed in may read cohorts.
     */
    public void requireMayManageCohort(Person actor, Cohort cohort) {
        if (!mayManageCohort(actor, cohort)) {
            throw refused(Refusal.Kind.FORBIDDEN, "refused.notCohortManager", cohort.getId());
        }
    }

    public boolean mayManageCohort(Person actor, Cohort cohort) {
        if (actor.getRoles().contains(Role.ADMIN)) {
            return true;
        }
        return cohort.getOrgUnitId() != null
                && actor.getRoles().contains(Role.LEADER)
                && organisation.leads(actor.getId(), cohort.getOrgUnitId());
    }

    /** Admins manage every unit; leaders the units they lead and those below. */
    public void requireMayManage(Person actor, long orgUnitId) {
        boolean admin = actor.getRoles().contains(Role.ADMIN);
        if (!organisation.exists(orgUnitId) || !admin && !organisation.leads(actor.getId(), orgUnitId)) {
            throw refused(Refusal.Kind.NOT_FOUND, "refused.noOrgUnit", orgUnitId);
        }
    }

    private void requireCohortOf(long courseId, long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null || cohort.getCourseId() != courseId) {
            throw refused(Refusal.Kind.INVALID, "refused.cohortOfOtherCourse", cohortId, courseId);
        }
    }

    private static Refusal refused(Refusal.Kind kind, String key, Object... arguments) {
        return new Refusal(kind, BUNDLE, key, arguments);
    }

    private Set<Long> membersOf(Set<Long> units) {
        Set<Long> members = new HashSet<>();
        organisation.membersByUnit(units).values().forEach(members::addAll);
        return members;
    }

    private boolean ensureEnrolledCounting(long personId, long courseId, long orgUnitId, Long cohortId) {
        Enrolment before = of(personId, courseId).orElse(null);
        if (before != null && before.isEnrolled()) {
            return false;
        }
        ensureEnrolled(personId, courseId, Enrolment.Source.UNIT, orgUnitId, cohortId);
        return true;
    }

    /**
     * Creates the enrolment (an insert that tolerates a concurrent one), reactivates a withdrawn one, and records the
     * course's completion if the person already meets it.
     */
    private Enrolment ensureEnrolled(
            long personId, long courseId, Enrolment.Source source, Long orgUnitId, Long cohortId) {
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("INSERT INTO enrolment (course_id, person_id, source, org_unit_id,"
                        + " cohort_id, status, enrolled_at, version) VALUES (?1, ?2, ?3, ?4, ?5, 'ACTIVE', ?6, 1)"
                        + " ON DUPLICATE KEY UPDATE version = version")
                .setParameter(1, courseId)
                .setParameter(2, personId)
                .setParameter(3, source.name())
                .setParameter(4, orgUnitId)
                .setParameter(5, cohortId)
                .setParameter(6, java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .executeUpdate();
        Enrolment enrolment = em.createNamedQuery(Enrolment.OF_PERSON_IN_COURSE, Enrolment.class)
                .setParameter("person", personId)
                .setParameter("course", courseId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        em.refresh(enrolment);
        boolean changed = inserted > 0;
        if (!enrolment.isEnrolled()) {
            enrolment.reactivate(source, orgUnitId, cohortId, now);
            changed = true;
        } else if (cohortId != null && !cohortId.equals(enrolment.getCohortId())) {
            enrolment.joinCohort(cohortId);
        }
        if (changed) {
            em.flush();
            completions.settle(personId, courseId, now);
        }
        return enrolment;
    }
}
