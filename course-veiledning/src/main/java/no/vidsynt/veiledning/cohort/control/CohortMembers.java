package no.vidsynt.veiledning.cohort.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.vidsynt.core.catalogue.control.PublishedCourses;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.progress.control.ProgressFacts;
import no.vidsynt.core.progress.entity.UnitProgress;
import no.vidsynt.veiledning.cohort.entity.Candidacy;
import no.vidsynt.veiledning.cohort.entity.CandidacyStatus;

/**
 * A cohort's trainees as its trainer sees them: name and the course's units done (the core's progress facts). The
 * practice rounds, logbook counts and what is missing for completion join this row from their own features.
 */
@ApplicationScoped
public class CohortMembers {

    @Inject
    Candidacies candidacies;

    @Inject
    VeiledningCohorts cohorts;

    @Inject
    People people;

    @Inject
    ProgressFacts progress;

    @Inject
    PublishedCourses publishedCourses;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /** One trainee of a cohort: units done of the course's units. */
    public record Member(long candidacyId, long personId, String name, int unitsDone, int units) {

        /** The candidacy's id, which the trainer's actions on the member name. */
        public long id() {
            return candidacyId;
        }
    }

    /** The admitted trainees of a cohort the caller runs. */
    public List<Member> of(Person trainer, long cohortId) {
        VeiledningCohorts.Plan plan = cohorts.require(cohortId);
        Cohorts.requireRuns(trainer, plan);
        int units = publishedCourses
                .latest(plan.courseId())
                .map(course -> course.units().size())
                .orElse(0);
        List<Candidacy> admitted = inCohort(cohortId, CandidacyStatus.ADMITTED);
        Map<Long, Person> byId = people
                .byIds(admitted.stream().map(Candidacy::getPersonId).toList())
                .stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        return admitted.stream()
                .map(candidacy -> new Member(
                        candidacy.getId(),
                        candidacy.getPersonId(),
                        name(byId.get(candidacy.getPersonId())),
                        done(candidacy.getPersonId(), plan.courseId()),
                        units))
                .sorted(java.util.Comparator.comparing(Member::name))
                .toList();
    }

    /** The cohort's candidacies in one status (admitted, waiting), in the order they got it. */
    public List<Candidacy> inCohort(long cohortId, CandidacyStatus status) {
        return em.createNamedQuery(Candidacy.IN_COHORT, Candidacy.class)
                .setParameter("cohort", cohortId)
                .setParameter("status", status)
                .getResultList();
    }

    private int done(long personId, long courseId) {
        return (int) progress.inCourse(personId, courseId).values().stream()
                .filter(UnitProgress::isDone)
                .count();
    }

    private static String name(Person person) {
        return person == null ? "" : person.getDisplayName();
    }
}
