package no.vidsynt.core.selfstudy.reflection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.catalogue.control.UnitSettings;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.scheduling.control.SessionPreparation;
import no.vidsynt.core.scheduling.control.SessionUnitType;
import no.vidsynt.core.scheduling.control.UnitSessions;
import no.vidsynt.core.selfstudy.InvalidInput;
import no.vidsynt.core.selfstudy.SelfStudyUnits;
import no.vidsynt.core.selfstudy.reflection.entity.EntryMoment;
import no.vidsynt.core.selfstudy.reflection.entity.EntryShare;
import no.vidsynt.core.selfstudy.reflection.entity.EntryStatus;
import no.vidsynt.core.selfstudy.reflection.entity.JournalAnswer;
import no.vidsynt.core.selfstudy.reflection.entity.JournalEntry;

/**
 * Reflections before and after a training session of a session unit. The unit's settings hold the prompts; the
 * "before" reflection opens when the learner holds a seat, the "after" one when a trainer marked them attended. The
 * answers are entries of the learner's private journal, linked to the session: private like every journal entry
 * (see {@link SharingRules}), shared only when the learner chooses to share them with the session's trainers.
 */
@ApplicationScoped
public class SessionReflections implements SessionPreparation {

    @PersistenceContext
    EntityManager em;

    @Inject
    SelfStudyUnits units;

    @Inject
    UnitSessions unitSessions;

    @Inject
    Journal journal;

    /**
     * One of the two reflections as the learner sees it.
     *
     * @param prompt the author's prompt, or null when the unit asks for none at this moment
     * @param open whether the learner may write it now
     * @param sharedWithTrainer whether the entry is shared with a trainer of its session
     */
    public record Moment(
            EntryMoment moment,
            String prompt,
            boolean open,
            String text,
            boolean submitted,
            Long entryId,
            boolean sharedWithTrainer) {}

    /** The learner's place in the unit's sessions and both reflections. */
    public record State(Optional<UnitSessions.Place> place, Moment before, Moment after) {}

    public State state(Person person, long unitId) {
        units.require(unitId, SessionUnitType.KEY);
        Optional<UnitSessions.Place> place = unitSessions.place(person.getId(), unitId);
        return new State(
                place,
                moment(person, unitId, EntryMoment.BEFORE, place),
                moment(person, unitId, EntryMoment.AFTER, place));
    }

    /** Saves the learner's text; with {@code submit} it must not be blank and the reflection counts as written. */
    @Transactional
    public Moment write(Person person, long unitId, EntryMoment moment, String text, boolean submit) {
        units.require(unitId, SessionUnitType.KEY);
        Optional<UnitSessions.Place> place = unitSessions.place(person.getId(), unitId);
        String prompt = prompt(unitId, moment);
        if (prompt == null || !isOpen(moment, place)) {
            throw new InvalidInput("sessionReflection.notOpen");
        }
        String body = text == null ? "" : text;
        if (body.length() > Journal.MAX_ANSWER) {
            throw new InvalidInput("reflection.tooLong", Journal.MAX_ANSWER);
        }
        if (submit && body.isBlank()) {
            throw new InvalidInput("sessionReflection.empty");
        }
        long sessionId = place.orElseThrow().sessionId();
        JournalEntry entry = entry(person.getId(), unitId, moment).orElse(null);
        if (entry == null) {
            entry = new JournalEntry(person.getId(), unitId, moment, sessionId);
            em.persist(entry);
            em.flush();
            em.persist(new JournalAnswer(entry.getId(), 0, prompt, body));
        } else {
            entry.belongsTo(sessionId);
            long entryId = entry.getId();
            answer(entry)
                    .ifPresentOrElse(
                            answer -> answer.rewrite(body),
                            () -> em.persist(new JournalAnswer(entryId, 0, prompt, body)));
        }
        entry.touched();
        if (submit) {
            entry.submit();
        }
        em.flush();
        return moment(person, unitId, moment, place);
    }

    /** Shares the reflection with the trainers of its session, by the learner's choice. */
    @Transactional
    public Moment shareWithTrainers(Person person, long unitId, EntryMoment moment) {
        Optional<UnitSessions.Place> place = unitSessions.place(person.getId(), unitId);
        JournalEntry entry =
                entry(person.getId(), unitId, moment).orElseThrow(() -> new InvalidInput("sessionReflection.notOpen"));
        if (place.isEmpty() || place.get().trainerIds().isEmpty()) {
            throw new InvalidInput("sessionReflection.noTrainer");
        }
        for (long trainer : place.get().trainerIds()) {
            journal.shareWithPerson(person, entry.getId(), trainer);
        }
        return moment(person, unitId, moment, place);
    }

    @Override
    public boolean beforeOutstanding(long personId, long unitId) {
        if (prompt(unitId, EntryMoment.BEFORE) == null) {
            return false;
        }
        return entry(personId, unitId, EntryMoment.BEFORE)
                .map(e -> e.getStatus() != EntryStatus.SUBMITTED)
                .orElse(true);
    }

    private Moment moment(Person person, long unitId, EntryMoment moment, Optional<UnitSessions.Place> place) {
        String prompt = prompt(unitId, moment);
        Optional<JournalEntry> entry = entry(person.getId(), unitId, moment);
        String text = entry.flatMap(this::answer).map(JournalAnswer::getBody).orElse("");
        boolean shared = entry.isPresent()
                && place.isPresent()
                && shares(entry.get().getId()).stream()
                        .anyMatch(share -> share.getPersonId() != null
                                && place.get().trainerIds().contains(share.getPersonId()));
        return new Moment(
                moment,
                prompt,
                prompt != null && isOpen(moment, place),
                text,
                entry.map(e -> e.getStatus() == EntryStatus.SUBMITTED).orElse(false),
                entry.map(JournalEntry::getId).orElse(null),
                shared);
    }

    private static boolean isOpen(EntryMoment moment, Optional<UnitSessions.Place> place) {
        return place.isPresent()
                && (moment == EntryMoment.BEFORE
                        ? place.get().booked()
                        : place.get().attended());
    }

    private String prompt(long unitId, EntryMoment moment) {
        String key = moment == EntryMoment.BEFORE ? SessionUnitType.BEFORE : SessionUnitType.AFTER;
        String prompt = UnitSettings.texts(units.settingsOf(unitId)).get(key);
        return prompt == null || prompt.isBlank() ? null : prompt;
    }

    private Optional<JournalEntry> entry(long personId, long unitId, EntryMoment moment) {
        return em.createNamedQuery(JournalEntry.OF_PERSON_UNIT_AND_MOMENT, JournalEntry.class)
                .setParameter("person", personId)
                .setParameter("unit", unitId)
                .setParameter("moment", moment)
                .getResultStream()
                .findFirst();
    }

    private Optional<JournalAnswer> answer(JournalEntry entry) {
        return em.createNamedQuery(JournalAnswer.OF_ENTRY, JournalAnswer.class)
                .setParameter("entry", entry.getId())
                .getResultStream()
                .findFirst();
    }

    private List<EntryShare> shares(long entryId) {
        return em.createNamedQuery(EntryShare.OF_ENTRY, EntryShare.class)
                .setParameter("entry", entryId)
                .getResultList();
    }
}
