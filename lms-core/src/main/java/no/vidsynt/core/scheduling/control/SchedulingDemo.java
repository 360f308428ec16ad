package no.vidsynt.core.scheduling.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.logging.Logger;
import no.vidsynt.core.demo.DemoData;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.scheduling.entity.SessionDetails;

/**
 * Demo sessions with tor as trainer. Observes the demo seeding late (priority after the catalogue's observers), so a
 * Veiledning course unit exists if the catalogue seeds one; the practice training links to it then, else to nothing.
 */
@ApplicationScoped
public class SchedulingDemo {

    private static final Logger LOG = Logger.getLogger(SchedulingDemo.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    People people;

    @Inject
    KnownSessionKinds kinds;

    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DemoData.DemoSeeded seeded) {
        Person tor = people.byUsername("tor").orElse(null);
        if (tor == null) {
            return;
        }
        Long unit = veiledningUnit();
        LocalDate today = LocalDate.now(CalendarDocuments.OSLO);
        create(tor, details(CoreSessionKinds.PRACTICE_TRAINING, "Praksistrening: samtalen med barnet", unit,
                today.plusDays(7), LocalTime.of(9, 0), LocalTime.of(12, 0), "Kristiansand, møterom Sørlandet", null, 6,
                0), 3);
        create(tor, details(CoreSessionKinds.TEACHING_DAY, "Fagdag: barnets prosjekt", null,
                today.plusDays(14), LocalTime.of(9, 0), LocalTime.of(15, 30), "Arendal, kulturhuset", null, 40, 24 * 60), 1);
        create(tor, details(CoreSessionKinds.SUPERVISION_GROUP, "Veiledningsgruppe sør", null,
                today.plusDays(10), LocalTime.of(13, 0), LocalTime.of(14, 30), null,
                "https://video.vidsynt.no/veiledning-sor", 8, 12 * 60), 1);
        LOG.info("Demo sessions seeded" + (unit != null ? " (practice training linked to unit " + unit + ")" : ""));
    }

    /**
     * Persists the sessions directly: the seeding runs at start-up, where the audit log (which asks who is signed
     * in) cannot be used. The details are checked against the same rules as a trainer's.
     */
    private void create(Person trainer, SessionDetails details, int weeks) {
        if (!SessionRules.problems(details, kinds.isKnown(details.kind())).isEmpty()) {
            throw new IllegalStateException("Invalid demo session: " + details.title());
        }
        Long course = details.unitId() == null ? null : ((Number) em.createNativeQuery(
                "SELECT course_id FROM course_unit WHERE id = ?1").setParameter(1, details.unitId()).getSingleResult())
                .longValue();
        String series = weeks > 1 ? java.util.UUID.randomUUID().toString() : null;
        for (int week = 0; week < weeks; week++) {
            SessionDetails d = SessionRules.weeksLater(details, week);
            var session = new no.vidsynt.core.scheduling.entity.TrainingSession(new SessionDetails(d.kind(), d.title(),
                    d.programmeKey(), course, d.unitId(), d.startsAt(), d.endsAt(), d.place(), d.videoLink(),
                    d.capacity(), d.bookingOpensAt(), d.bookingClosesAt(), d.cancellationDeadline(), d.offerMinutes()),
                    trainer.getUsername(), java.time.Instant.now());
            session.partOfSeries(series);
            session.addTrainer(trainer.getId());
            em.persist(session);
        }
    }

    private static SessionDetails details(String kind, String title, Long unit, LocalDate day, LocalTime from,
            LocalTime to, String place, String link, int capacity, int offerMinutes) {
        var start = SessionRules.oslo(day.atTime(from));
        return new SessionDetails(kind, title, "veiledning", null, unit, start, SessionRules.oslo(day.atTime(to)), place,
                link, capacity, null, start, start.minus(java.time.Duration.ofDays(1)), offerMinutes);
    }

    /** The first unit of a Veiledning course that looks like a training session, if the catalogue made one. */
    @SuppressWarnings("unchecked")
    private Long veiledningUnit() {
        List<Object> ids = em.createNativeQuery("SELECT u.id FROM course_unit u JOIN course c ON c.id = u.course_id "
                + "WHERE c.programme_key = 'veiledning' AND u.removed = FALSE "
                + "AND (LOWER(u.unit_type) LIKE '%session%' OR LOWER(u.unit_type) LIKE '%training%' "
                + "OR LOWER(u.unit_type) LIKE '%trening%') ORDER BY c.id, u.position, u.id").setMaxResults(1)
                .getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }
}
