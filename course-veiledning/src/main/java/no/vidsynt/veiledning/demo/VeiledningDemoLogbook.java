package no.vidsynt.veiledning.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.PublishedCourses;
import no.vidsynt.core.catalogue.control.UnitTypes;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Cohort;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.progress.control.ProgressRecorder;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;
import no.vidsynt.core.spi.UnitType;
import no.vidsynt.veiledning.VeiledningModule;
import no.vidsynt.veiledning.certificate.control.Certificates;
import no.vidsynt.veiledning.completion.control.ProgrammeCohorts;
import no.vidsynt.veiledning.completion.control.ProgrammeCompletion;
import no.vidsynt.veiledning.logbook.control.LogDraft;
import no.vidsynt.veiledning.logbook.control.Logbook;

/**
 * The demo's supervision logbooks: lise, kari and ola write about supervision they gave in their departments; kari has
 * done everything the programme asks and holds a certificate. Runs last: it uses the demo cohort when one exists, and
 * otherwise makes one (with tor as its trainer) so the logbook and certificate can be tried on their own.
 */
@ApplicationScoped
public class VeiledningDemoLogbook implements DemoContribution {

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    Enrolments enrolments;

    @Inject
    ProgrammeCohorts cohorts;

    @Inject
    Logbook logbook;

    @Inject
    ProgressRecorder progress;

    @Inject
    PublishedCourses publishedCourses;

    @Inject
    UnitTypes unitTypes;

    @Inject
    ProgrammeCompletion completion;

    @Inject
    Certificates certificates;

    @Override
    public Step step() {
        return Step.SESSIONS;
    }

    @Override
    public void seed(DemoSeeding demo) {
        Long course = demo.course(VeiledningModule.KEY).orElse(null);
        Person ada = people.byUsername("ada").orElse(null);
        Person tor = people.byUsername("tor").orElse(null);
        if (course == null || ada == null || tor == null) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        long cohort = demoCohort(course, ada, tor, today);
        Optional<Person> lise = trainee("lise", ada, cohort);
        Optional<Person> kari = trainee("kari", ada, cohort);
        Optional<Person> ola = trainee("ola", ada, cohort);
        lise.ifPresent(person -> write(person, DemoLogbookTexts.LISE, today));
        ola.ifPresent(person -> write(person, DemoLogbookTexts.OLA, today));
        kari.ifPresent(person -> {
            write(person, DemoLogbookTexts.KARI, today);
            completeUnits(person, course);
            completion.settle(person.getId());
            // Without the practice rounds of the demo (another part), kari still gets her certificate here.
            if (certificates.mine(person.getId()).isEmpty()) {
                certificates.issue(person.getId(), course);
            }
        });
    }

    /** The programme's first cohort of the demo course, or a new one. */
    private long demoCohort(long course, Person ada, Person tor, LocalDate today) {
        Optional<Long> existing = enrolments.cohorts(course).stream()
                .map(Cohort::getId)
                .filter(id -> cohorts.terms(id).isPresent())
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Cohort cohort = enrolments.createCohort(ada, course, "Kull 1 – høsten 2026", today.minusMonths(3), null);
        em.createNativeQuery("INSERT INTO veiledning_cohort (cohort_id, trainer_id, end_date, seats, plan,"
                        + " required_sessions, required_logbook_entries, hours) VALUES (?1, ?2, ?3, 12, ?4, 3, 3, 60)")
                .setParameter(1, cohort.getId())
                .setParameter(2, tor.getId())
                .setParameter(3, today.plusMonths(3))
                .setParameter(4, "Fire undervisningsdager og seks praksistreninger i grupper på tre eller fire.")
                .executeUpdate();
        return cohort.getId();
    }

    /** The demo person, placed in the cohort unless the programme already has them in one. */
    private Optional<Person> trainee(String username, Person ada, long cohort) {
        Optional<Person> person = people.byUsername(username);
        person.filter(p -> cohorts.ofTrainee(p.getId()).isEmpty())
                .ifPresent(p -> enrolments.addToCohort(ada, cohort, p.getId()));
        return person;
    }

    private void write(Person person, List<DemoLogbookTexts.Entry> entries, LocalDate today) {
        for (DemoLogbookTexts.Entry entry : entries) {
            var written = logbook.write(
                    person,
                    new LogDraft(
                            today.minusDays(entry.daysAgo()),
                            entry.minutes(),
                            entry.mode(),
                            entry.participants(),
                            entry.theme(),
                            entry.method(),
                            entry.whatWorked(),
                            entry.reflection()));
            if (entry.shared()) {
                logbook.share(person, written.getId(), true);
            }
        }
    }

    private void completeUnits(Person person, long course) {
        PublishedCourse published = publishedCourses.latest(course).orElse(null);
        if (published == null) {
            return;
        }
        for (PublishedCourse.Unit unit : published.units()) {
            boolean markable = unitTypes
                    .byKey(unit.type())
                    .map(type -> type.completion() == UnitType.Completion.MARKED_DONE)
                    .orElse(false);
            if (markable) {
                progress.markDone(person.getId(), unit.id());
            } else {
                progress.attended(person.getId(), unit.id());
            }
        }
    }
}
