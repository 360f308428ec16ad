package no.vidsynt.veiledning.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.PublishedCourses;
import no.vidsynt.core.catalogue.control.UnitTypes;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.progress.control.ProgressRecorder;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;
import no.vidsynt.core.spi.UnitType;
import no.vidsynt.veiledning.VeiledningModule;
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

    @Inject
    People people;

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

    @Override
    public Step step() {
        return Step.SESSIONS;
    }

    @Override
    public void seed(DemoSeeding demo) {
        Long course = demo.course(VeiledningModule.KEY).orElse(null);
        if (course == null) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        // The trainees are those the cohort demo admitted; someone in no programme cohort keeps no logbook here.
        Optional<Person> lise = trainee("lise");
        Optional<Person> kari = trainee("kari");
        Optional<Person> ola = trainee("ola");
        lise.ifPresent(person -> write(person, DemoLogbookTexts.LISE, today));
        ola.ifPresent(person -> write(person, DemoLogbookTexts.OLA, today));
        kari.ifPresent(person -> {
            write(person, DemoLogbookTexts.KARI, today);
            completeUnits(person, course);
            // Her practice rounds are seeded before this; with the units done the programme's rule is met, the course
            // completes and the certificate is issued as for anyone.
            completion.settle(person.getId());
        });
    }

    private Optional<Person> trainee(String username) {
        return people.byUsername(username)
                .filter(p -> cohorts.ofTrainee(p.getId()).isPresent());
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
