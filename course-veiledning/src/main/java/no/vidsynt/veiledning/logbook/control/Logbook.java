package no.vidsynt.veiledning.logbook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.veiledning.completion.control.ProgrammeCohorts;
import no.vidsynt.veiledning.completion.control.ProgrammeCompletion;
import no.vidsynt.veiledning.completion.control.ProgrammeRefusal;
import no.vidsynt.veiledning.logbook.entity.LogEntry;

/**
 * A trainee's supervision logbook: their own entries to write, change, delete and share with their cohort's trainer.
 * Nobody else reads an entry, except that trainer while it is shared; everyone else is told it does not exist (404),
 * so probing ids tells nothing. Writing or deleting an entry settles the course again: the last entry the programme
 * asks for completes it.
 */
@ApplicationScoped
public class Logbook {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeCohorts cohorts;

    @Inject
    ProgrammeCompletion completion;

    Clock clock = Clock.systemUTC();

    /** The writer's own entries, newest supervision first; 404 for someone who is not a trainee. */
    public List<LogEntry> mine(Person writer) {
        requireTrainee(writer);
        return em.createNamedQuery(LogEntry.OF_PERSON, LogEntry.class)
                .setParameter("person", writer.getId())
                .getResultList();
    }

    /** One of the writer's own entries. */
    public LogEntry mine(Person writer, long id) {
        LogEntry entry = em.find(LogEntry.class, id);
        if (entry == null || entry.getPersonId() != writer.getId()) {
            throw ProgrammeRefusal.notFound();
        }
        return entry;
    }

    @Transactional
    public LogEntry write(Person writer, LogDraft draft) {
        requireTrainee(writer);
        LogEntry entry = new LogEntry(writer.getId(), draft.check(today()), clock.instant());
        em.persist(entry);
        em.flush();
        completion.settle(writer.getId());
        return entry;
    }

    @Transactional
    public LogEntry change(Person writer, long id, LogDraft draft) {
        LogEntry entry = mine(writer, id);
        entry.change(draft.check(today()), clock.instant());
        return entry;
    }

    /** Deletes an entry; a completed course stays completed (and its certificate valid). */
    @Transactional
    public void delete(Person writer, long id) {
        em.remove(mine(writer, id));
    }

    @Transactional
    public LogEntry share(Person writer, long id, boolean shared) {
        LogEntry entry = mine(writer, id);
        entry.share(shared, clock.instant());
        return entry;
    }

    /** What the trainee's trainer sees: how many entries, and the shared ones. 404 for anyone but that trainer. */
    public record TrainerView(long traineeId, int entries, List<LogEntry> shared) {}

    public TrainerView forTrainer(Person trainer, long traineeId) {
        if (trainer.getId() == traineeId || !cohorts.trains(trainer, traineeId)) {
            throw ProgrammeRefusal.notFound();
        }
        List<LogEntry> shared = em.createNamedQuery(LogEntry.SHARED_OF_PERSON, LogEntry.class)
                .setParameter("person", traineeId)
                .getResultList();
        return new TrainerView(traineeId, completion.logbookEntries(traineeId), shared);
    }

    /** One shared entry, for the trainee's trainer only. */
    public LogEntry sharedForTrainer(Person trainer, long traineeId, long id) {
        return forTrainer(trainer, traineeId).shared().stream()
                .filter(entry -> entry.getId() == id)
                .findFirst()
                .orElseThrow(ProgrammeRefusal::notFound);
    }

    public boolean isTrainee(Person person) {
        return cohorts.isTrainee(person.getId());
    }

    private void requireTrainee(Person person) {
        if (!isTrainee(person)) {
            throw ProgrammeRefusal.notFound();
        }
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(OSLO));
    }
}
