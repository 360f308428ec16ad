package no.vidsynt.veiledning.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.logging.Logger;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.PublishedCourses;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.scheduling.control.CoreSessionKinds;
import no.vidsynt.core.scheduling.control.SessionRules;
import no.vidsynt.core.scheduling.control.Sessions;
import no.vidsynt.core.scheduling.entity.SessionDetails;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;
import no.vidsynt.veiledning.VeiledningModule;
import no.vidsynt.veiledning.VeiledningSessionKinds;

/**
 * Veiledning's demo sessions with tor as trainer: a weekly practice training (three weeks), a teaching day and a
 * supervision group. The practice training links to the demo course's first unit that is a training session, when
 * the course has one, and the supervision group to its second; else to nothing.
 */
@ApplicationScoped
public class VeiledningDemoSessions implements DemoContribution {

    private static final Logger LOG = Logger.getLogger(VeiledningDemoSessions.class.getName());
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Inject
    People people;

    @Inject
    Sessions sessions;

    @Inject
    PublishedCourses publishedCourses;

    @Override
    public Step step() {
        return Step.SESSIONS;
    }

    @Override
    public void seed(DemoSeeding demo) {
        Person tor = people.byUsername("tor").orElse(null);
        if (tor == null) {
            return;
        }
        java.util.List<Long> sessionUnits = demo.course(VeiledningModule.KEY).flatMap(publishedCourses::latest).stream()
                .flatMap(course -> course.units().stream())
                .filter(VeiledningDemoSessions::isSessionUnit)
                .map(PublishedCourse.Unit::id)
                .toList();
        Long unit = sessionUnits.isEmpty() ? null : sessionUnits.get(0);
        Long groupUnit = sessionUnits.size() < 2 ? null : sessionUnits.get(1);
        LocalDate today = LocalDate.now(OSLO);
        sessions.seed(
                details(
                        VeiledningSessionKinds.PRACTICE_TRAINING,
                        "Praksistrening: samtalen med barnet",
                        unit,
                        today.plusDays(7),
                        LocalTime.of(9, 0),
                        LocalTime.of(12, 0),
                        "Kristiansand, møterom Sørlandet",
                        null,
                        6,
                        0),
                3,
                tor);
        sessions.seed(
                details(
                        CoreSessionKinds.TEACHING_DAY,
                        "Fagdag: barnets prosjekt",
                        null,
                        today.plusDays(14),
                        LocalTime.of(9, 0),
                        LocalTime.of(15, 30),
                        "Arendal, kulturhuset",
                        null,
                        40,
                        24 * 60),
                1,
                tor);
        sessions.seed(
                details(
                        VeiledningSessionKinds.SUPERVISION_GROUP,
                        "Veiledningsgruppe sør",
                        groupUnit,
                        today.plusDays(10),
                        LocalTime.of(13, 0),
                        LocalTime.of(14, 30),
                        null,
                        "https://video.vidsynt.no/veiledning-sor",
                        8,
                        12 * 60),
                1,
                tor);
        LOG.info("Demo sessions seeded" + (unit != null ? " (practice training linked to unit " + unit + ")" : ""));
    }

    /** A unit that is a training session, by its type's key. */
    private static boolean isSessionUnit(PublishedCourse.Unit unit) {
        String type = unit.type().toLowerCase(Locale.ROOT);
        return type.contains("session") || type.contains("training") || type.contains("trening");
    }

    private static SessionDetails details(
            String kind,
            String title,
            Long unit,
            LocalDate day,
            LocalTime from,
            LocalTime to,
            String place,
            String link,
            int capacity,
            int offerMinutes) {
        var start = SessionRules.oslo(day.atTime(from));
        return new SessionDetails(
                kind,
                title,
                VeiledningModule.KEY,
                null,
                unit,
                start,
                SessionRules.oslo(day.atTime(to)),
                place,
                link,
                capacity,
                null,
                start,
                start.minus(Duration.ofDays(1)),
                offerMinutes);
    }
}
