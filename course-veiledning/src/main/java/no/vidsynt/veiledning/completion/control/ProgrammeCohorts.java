package no.vidsynt.veiledning.completion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Cohort;
import no.vidsynt.core.enrolment.entity.Enrolment;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.veiledning.VeiledningModule;

/**
 * Which cohort a trainee is in and what it asks of them, read from the core's enrolment (the person's cohort in a
 * course) and the programme's own row for the cohort ({@code veiledning_cohort}). The cohort feature owns that table;
 * this reads it with one query until the two meet in one place.
 */
@ApplicationScoped
public class ProgrammeCohorts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Enrolments enrolments;

    @Inject
    CourseCatalogue catalogue;

    /** The programme's terms of a cohort; empty when the cohort is not one of the programme's. */
    public Optional<CohortTerms> terms(long cohortId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT trainer_id, end_date, required_sessions,"
                        + " required_logbook_entries, hours FROM veiledning_cohort WHERE cohort_id = ?1")
                .setParameter(1, cohortId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Cohort cohort;
        try {
            cohort = enrolments.cohort(cohortId);
        } catch (Refusal gone) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        return Optional.of(new CohortTerms(
                cohortId,
                cohort.getCourseId(),
                cohort.getName(),
                cohort.getStartDate(),
                date(row[1]),
                ((Number) row[0]).longValue(),
                ((Number) row[2]).intValue(),
                ((Number) row[3]).intValue(),
                ((Number) row[4]).intValue()));
    }

    /** The trainee's cohort in one course of the programme. */
    public Optional<CohortTerms> ofTrainee(long personId, long courseId) {
        return enrolments
                .of(personId, courseId)
                .filter(Enrolment::isEnrolled)
                .map(Enrolment::getCohortId)
                .flatMap(this::terms);
    }

    /** The trainee's cohort: the latest enrolment of theirs that placed them in one of the programme's cohorts. */
    public Optional<CohortTerms> ofTrainee(long personId) {
        return enrolments.of(personId).stream()
                .filter(Enrolment::isEnrolled)
                .filter(enrolment -> enrolment.getCohortId() != null)
                .map(enrolment -> terms(enrolment.getCohortId()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Whether the person is enrolled in a course of the programme: the people who keep a supervision logbook. */
    public boolean isTrainee(long personId) {
        return enrolments.of(personId).stream()
                .filter(Enrolment::isEnrolled)
                .anyMatch(enrolment -> catalogue
                        .programmeOf(enrolment.getCourseId())
                        .filter(VeiledningModule.KEY::equals)
                        .isPresent());
    }

    /** Whether the person trains the trainee's cohort, or administers the platform. */
    public boolean trains(Person person, long traineeId) {
        if (person.holds(Role.ADMIN)) {
            return true;
        }
        return ofTrainee(traineeId)
                .map(terms -> terms.trainerId() == person.getId())
                .orElse(false);
    }

    /** The programme's cohorts the person trains; every one of them for an administrator. */
    public List<Long> trainedBy(Person person) {
        @SuppressWarnings("unchecked")
        List<Number> ids = person.holds(Role.ADMIN)
                ? em.createNativeQuery("SELECT cohort_id FROM veiledning_cohort")
                        .getResultList()
                : em.createNativeQuery("SELECT cohort_id FROM veiledning_cohort WHERE trainer_id = ?1")
                        .setParameter(1, person.getId())
                        .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate local) {
            return local;
        }
        return value instanceof Date sql ? sql.toLocalDate() : LocalDate.parse(value.toString());
    }
}
