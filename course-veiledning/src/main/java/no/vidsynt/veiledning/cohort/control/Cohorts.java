package no.vidsynt.veiledning.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Cohort;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.input.SingleLine;
import no.vidsynt.veiledning.cohort.entity.CohortPlan;

/**
 * Making the programme's cohorts: a core cohort of the programme's course (no unit: the programme's trainers run it)
 * plus its plan. Trainers create cohorts they train; administrators may name another trainer. A cohort is run by its
 * trainer and by administrators.
 */
@ApplicationScoped
public class Cohorts {

    static final int MAX_NAME = 200;
    static final int MAX_PLAN = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Enrolments enrolments;

    @Inject
    People people;

    @Inject
    ProgrammeCourse programmeCourse;

    @Inject
    VeiledningCohorts cohorts;

    /**
     * What a new cohort states; the course may be left out (the programme's course), and the trainer too (the caller).
     */
    public record NewCohort(
            Long courseId,
            String name,
            LocalDate startDate,
            LocalDate endDate,
            Integer seats,
            String plan,
            Integer requiredSessions,
            Integer requiredLogbookEntries,
            Integer hours,
            Long trainerId) {}

    @Transactional
    public VeiledningCohorts.Plan create(Person actor, NewCohort input) {
        requireTrainer(actor);
        check(input);
        long courseId = input.courseId() != null
                ? input.courseId()
                : programmeCourse
                        .find()
                        .map(course -> course.id())
                        .orElseThrow(() -> CohortRefusal.of(CohortRefusal.Kind.CONFLICT, "cohort.refused.noCourse"));
        if (!programmeCourse.isProgrammeCourse(courseId)) {
            throw CohortRefusal.of(CohortRefusal.Kind.INVALID, "cohort.refused.notProgrammeCourse", courseId);
        }
        long trainerId = trainerOf(actor, input.trainerId());
        Cohort cohort = enrolments.createCohortOnBehalf(courseId, input.name(), input.startDate());
        String plan = input.plan() == null || input.plan().isBlank()
                ? null
                : input.plan().strip();
        em.persist(new CohortPlan(
                cohort.getId(),
                trainerId,
                new CohortPlan.Terms(
                        input.endDate(),
                        input.seats(),
                        plan,
                        input.requiredSessions(),
                        input.requiredLogbookEntries(),
                        input.hours())));
        em.flush();
        return cohorts.require(cohort.getId());
    }

    /** Trainers and administrators run cohorts; anyone else is refused. */
    public static void requireTrainer(Person actor) {
        if (!isTrainer(actor)) {
            throw CohortRefusal.of(CohortRefusal.Kind.FORBIDDEN, "cohort.refused.notTrainer");
        }
    }

    public static boolean isTrainer(Person actor) {
        return actor.getRoles().contains(Role.TRAINER) || actor.getRoles().contains(Role.ADMIN);
    }

    /** The cohort's trainer and administrators may admit into it and change its members; other trainers may not. */
    public static void requireRuns(Person actor, VeiledningCohorts.Plan plan) {
        requireTrainer(actor);
        if (!actor.getRoles().contains(Role.ADMIN) && plan.trainerId() != actor.getId()) {
            throw CohortRefusal.of(CohortRefusal.Kind.FORBIDDEN, "cohort.refused.notTheTrainer", plan.name());
        }
    }

    /** The cohort's plan row, locked for this transaction (SELECT … FOR UPDATE): admissions count seats under it. */
    CohortPlan locked(long cohortId) {
        CohortPlan plan = em.find(CohortPlan.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            throw CohortRefusal.of(CohortRefusal.Kind.NOT_FOUND, "cohort.refused.noCohort", cohortId);
        }
        return plan;
    }

    private long trainerOf(Person actor, Long trainerId) {
        if (trainerId == null || trainerId.equals(actor.getId())) {
            return actor.getId();
        }
        if (!actor.getRoles().contains(Role.ADMIN)) {
            throw CohortRefusal.of(CohortRefusal.Kind.FORBIDDEN, "cohort.refused.otherTrainer");
        }
        Person trainer = people.byId(trainerId)
                .filter(person -> person.getRoles().contains(Role.TRAINER))
                .orElseThrow(
                        () -> CohortRefusal.of(CohortRefusal.Kind.INVALID, "cohort.refused.noSuchTrainer", trainerId));
        return trainer.getId();
    }

    static void check(NewCohort input) {
        if (input.name() == null || input.name().isBlank()) {
            throw CohortRefusal.of(CohortRefusal.Kind.INVALID, "cohort.refused.nameMissing");
        }
        if (input.name().strip().length() > MAX_NAME || SingleLine.hasBreak(input.name())) {
            throw CohortRefusal.of(CohortRefusal.Kind.INVALID, "cohort.refused.nameInvalid", MAX_NAME);
        }
        if (input.startDate() == null || input.endDate() == null) {
            throw CohortRefusal.of(CohortRefusal.Kind.INVALID, "cohort.refused.datesMissing");
        }
        if (input.endDate().isBefore(input.startDate())) {
            throw CohortRefusal.of(CohortRefusal.Kind.INVALID, "cohort.refused.endBeforeStart");
        }
        within(input.seats(), 1, 200, "seats");
        within(input.requiredSessions(), 3, 100, "requiredSessions");
        within(input.requiredLogbookEntries(), 0, 500, "requiredLogbookEntries");
        within(input.hours(), 1, 2000, "hours");
        if (input.plan() != null && input.plan().length() > MAX_PLAN) {
            throw CohortRefusal.of(CohortRefusal.Kind.INVALID, "cohort.refused.planTooLong", MAX_PLAN);
        }
        if (no.vidsynt.veiledning.privacy.IdentityNumbers.containsAny(input.plan())) {
            throw CohortRefusal.of(CohortRefusal.Kind.INVALID, "privacy.identityNumber");
        }
    }

    private static void within(Integer value, int min, int max, String field) {
        if (value == null || value < min || value > max) {
            throw CohortRefusal.of(CohortRefusal.Kind.INVALID, "cohort.refused.range." + field, min, max);
        }
    }
}
