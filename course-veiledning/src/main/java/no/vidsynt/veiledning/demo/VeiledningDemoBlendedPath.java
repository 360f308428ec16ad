package no.vidsynt.veiledning.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.PublishedCourses;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.progress.control.ProgressRecorder;
import no.vidsynt.core.scheduling.control.Attendances;
import no.vidsynt.core.scheduling.control.Bookings;
import no.vidsynt.core.scheduling.control.SessionListing;
import no.vidsynt.core.scheduling.control.SessionRules;
import no.vidsynt.core.scheduling.control.SessionSummary;
import no.vidsynt.core.scheduling.control.SessionUnitType;
import no.vidsynt.core.scheduling.control.Sessions;
import no.vidsynt.core.scheduling.entity.SessionDetails;
import no.vidsynt.core.selfstudy.reflection.control.SessionReflections;
import no.vidsynt.core.selfstudy.reflection.entity.EntryMoment;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;
import no.vidsynt.veiledning.VeiledningModule;
import no.vidsynt.veiledning.VeiledningSessionKinds;

/**
 * The blended path as the demo people have walked it, after the sessions exist: Kari did the self-study and attended
 * a practice training two weeks ago, which completed the practice unit for her; Lise did the self-study, booked the
 * next practice training and wrote her reflection before it. Everything goes through the services a person's clicks
 * use (progress, booking with its rules, the journal), so the demo is a state the platform can reach.
 */
@ApplicationScoped
public class VeiledningDemoBlendedPath implements DemoContribution {

    private static final Logger LOG = Logger.getLogger(VeiledningDemoBlendedPath.class.getName());
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Inject
    People people;

    @Inject
    PublishedCourses publishedCourses;

    @Inject
    ProgressRecorder progress;

    @Inject
    Sessions sessions;

    @Inject
    SessionListing listing;

    @Inject
    Bookings bookings;

    @Inject
    Attendances attendances;

    @Inject
    SessionReflections reflections;

    @Override
    public Step step() {
        return Step.SESSIONS;
    }

    @Override
    public void seed(DemoSeeding demo) {
        PublishedCourse course = demo.course(VeiledningModule.KEY)
                .flatMap(publishedCourses::latest)
                .orElse(null);
        Person lise = people.byUsername("lise").orElse(null);
        Person kari = people.byUsername("kari").orElse(null);
        Person tor = people.byUsername("tor").orElse(null);
        if (course == null || lise == null || kari == null || tor == null) {
            return;
        }
        List<PublishedCourse.Unit> units = course.units();
        PublishedCourse.Unit training = units.stream()
                .filter(unit -> SessionUnitType.KEY.equals(unit.type()))
                .findFirst()
                .orElse(null);
        if (training == null) {
            return;
        }
        List<PublishedCourse.Unit> selfStudy = units.subList(0, units.indexOf(training));

        selfStudy.forEach(unit -> progress.markDone(kari.getId(), unit.id()));
        LocalDate past = LocalDate.now(OSLO).minusDays(14);
        var start = SessionRules.oslo(past.atTime(LocalTime.of(9, 0)));
        long held = sessions.seed(
                        new SessionDetails(
                                VeiledningSessionKinds.PRACTICE_TRAINING,
                                training.title(),
                                VeiledningModule.KEY,
                                null,
                                training.id(),
                                start,
                                SessionRules.oslo(past.atTime(LocalTime.of(12, 0))),
                                "Kristiansand, møterom Sørlandet",
                                null,
                                6,
                                null,
                                start,
                                start.minus(Duration.ofDays(1)),
                                0),
                        1,
                        tor)
                .get(0)
                .getId();
        attendances.seedAttended(held, kari.getId());

        selfStudy.forEach(unit -> progress.markDone(lise.getId(), unit.id()));
        listing.ofUnit(training.id(), lise, Locale.ROOT).stream()
                .filter(session -> !session.cancelled())
                .filter(SessionSummary::bookingOpen)
                .findFirst()
                .ifPresent(next -> {
                    bookings.book(next.id(), lise.getId());
                    reflections.write(
                            lise,
                            training.id(),
                            EntryMoment.BEFORE,
                            "Jeg vil øve på å la barnets "
                                    + "prosjekt styre samtalen: stille åpne spørsmål og tåle pausene før jeg foreslår noe selv. "
                                    + "Jeg ønsker tilbakemelding på om jeg lytter nok.",
                            true);
                });
        LOG.info("Demo blended path: Kari attended a past practice training, Lise booked the next one");
    }
}
