package no.vidsynt.core.selfstudy.reflection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.vidsynt.core.organisation.control.Organisation;
import no.vidsynt.core.organisation.entity.OrgUnit;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.selfstudy.InvalidInput;
import no.vidsynt.core.selfstudy.SelfStudyCompletion;
import no.vidsynt.core.selfstudy.SelfStudyUnits;
import no.vidsynt.core.selfstudy.SelfStudyUnits.UnitInfo;
import no.vidsynt.core.selfstudy.reflection.entity.EntryShare;
import no.vidsynt.core.selfstudy.reflection.entity.EntryStatus;
import no.vidsynt.core.selfstudy.reflection.entity.JournalAnswer;
import no.vidsynt.core.selfstudy.reflection.entity.JournalEntry;
import no.vidsynt.core.selfstudy.reflection.entity.Reflection;

/**
 * The reflection journal: prompts of reflection units, each person's entries (drafts and submitted), and sharing.
 * Every read goes through {@link SharingRules}; an entry the caller may not read is "not found", whoever asks.
 */
@ApplicationScoped
public class Journal {

    public static final int MAX_ANSWER = 20_000;
    public static final int MAX_PROMPT = 1_000;
    public static final int MAX_PROMPTS = 20;

    /** An answer as shown: the prompt and what was written. */
    public record Answer(String prompt, String body) {}

    /** Someone or some group an entry is shared with (shown to the writer only). */
    public record ShareView(long id, Long personId, Long orgUnitId, String name) {}

    /** A journal entry as its reader sees it; {@code shares} is empty unless the reader is the writer. */
    public record EntryView(
            long id,
            long unitId,
            String unitTitle,
            String courseTitle,
            long writerId,
            String writerName,
            EntryStatus status,
            Instant updatedAt,
            Instant submittedAt,
            List<Answer> answers,
            List<ShareView> shares) {

        boolean matches(String query) {
            if (query == null || query.isBlank()) {
                return true;
            }
            String needle = query.strip().toLowerCase(Locale.ROOT);
            return unitTitle.toLowerCase(Locale.ROOT).contains(needle)
                    || courseTitle.toLowerCase(Locale.ROOT).contains(needle)
                    || answers.stream()
                            .anyMatch(answer -> answer.body()
                                            .toLowerCase(Locale.ROOT)
                                            .contains(needle)
                                    || answer.prompt().toLowerCase(Locale.ROOT).contains(needle));
        }
    }

    /** A person an entry can be shared with. */
    public record Candidate(long id, String name, boolean trainer) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    SelfStudyUnits units;

    @Inject
    SelfStudyCompletion completion;

    @Inject
    Organisation organisation;

    @Inject
    People peopleFinder;

    // ---- prompts -------------------------------------------------------------------------------------------------

    public UnitInfo unit(long unitId) {
        return units.require(unitId, ReflectionUnitType.KEY);
    }

    public List<String> prompts(long unitId) {
        unit(unitId);
        Reflection reflection = em.find(Reflection.class, unitId);
        return reflection == null ? List.of() : reflection.getPrompts();
    }

    @Transactional
    public void savePrompts(Person editor, long unitId, List<String> prompts) {
        UnitInfo unit = unit(unitId);
        if (!units.mayEdit(editor, unit.courseId())) {
            throw Refusal.forbidden(InvalidInput.StudyTexts.BUNDLE, "refused.notEditor");
        }
        List<String> cleaned = prompts == null
                ? List.of()
                : prompts.stream()
                        .map(prompt -> prompt == null ? "" : prompt.strip())
                        .toList();
        if (cleaned.isEmpty() || cleaned.stream().anyMatch(String::isEmpty)) {
            throw new InvalidInput("reflection.promptEmpty");
        }
        if (cleaned.size() > MAX_PROMPTS) {
            throw new InvalidInput("reflection.tooManyPrompts", MAX_PROMPTS);
        }
        if (cleaned.stream().anyMatch(prompt -> prompt.length() > MAX_PROMPT)) {
            throw new InvalidInput("reflection.promptTooLong", MAX_PROMPT);
        }
        Reflection reflection = em.find(Reflection.class, unitId);
        if (reflection == null) {
            reflection = new Reflection(unitId);
            em.persist(reflection);
        }
        reflection.changePrompts(cleaned);
    }

    // ---- writing -------------------------------------------------------------------------------------------------

    /** The writer's own entry for a unit, if they started one. */
    public Optional<EntryView> ownEntry(Person writer, long unitId) {
        return em.createNamedQuery(JournalEntry.OF_PERSON_AND_UNIT, JournalEntry.class)
                .setParameter("person", writer.getId())
                .setParameter("unit", unitId)
                .getResultStream()
                .findFirst()
                .map(entry -> view(entry, writer, true));
    }

    /** Saves what the writer has typed so far; the entry keeps its status (a submitted entry stays submitted). */
    @Transactional
    public EntryView saveDraft(Person writer, long unitId, List<String> texts) {
        return write(writer, unitId, texts, false);
    }

    /** Saves and submits: every prompt must be answered. Completes the unit. */
    @Transactional
    public EntryView submit(Person writer, long unitId, List<String> texts) {
        return write(writer, unitId, texts, true);
    }

    private EntryView write(Person writer, long unitId, List<String> texts, boolean submit) {
        List<String> prompts = prompts(unitId);
        if (prompts.isEmpty()) {
            throw new InvalidInput("reflection.noPrompts");
        }
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < prompts.size(); i++) {
            String text = texts != null && i < texts.size() && texts.get(i) != null ? texts.get(i) : "";
            if (text.length() > MAX_ANSWER) {
                throw new InvalidInput("reflection.tooLong", MAX_ANSWER);
            }
            if (submit && text.isBlank()) {
                throw new InvalidInput("reflection.answerEmpty", i + 1);
            }
            bodies.add(text);
        }
        if (texts != null && texts.size() > prompts.size()) {
            throw new InvalidInput("reflection.tooManyAnswers");
        }
        JournalEntry entry = em.createNamedQuery(JournalEntry.OF_PERSON_AND_UNIT, JournalEntry.class)
                .setParameter("person", writer.getId())
                .setParameter("unit", unitId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (entry == null) {
            entry = new JournalEntry(writer.getId(), unitId);
            em.persist(entry);
            em.flush();
        }
        List<JournalAnswer> answers = answers(entry.getId());
        for (int i = 0; i < bodies.size(); i++) {
            int position = i;
            Optional<JournalAnswer> existing =
                    answers.stream().filter(a -> a.getPosition() == position).findFirst();
            if (existing.isPresent()) {
                existing.get().rewrite(bodies.get(i));
            } else {
                em.persist(new JournalAnswer(entry.getId(), i, prompts.get(i), bodies.get(i)));
            }
        }
        entry.touched();
        if (submit) {
            entry.submit();
            completion.completed(writer.getId(), unitId);
        }
        em.flush();
        return view(entry, writer, true);
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** All of the writer's own entries, newest first, optionally only those containing the search text. */
    public List<EntryView> mine(Person writer, String query) {
        return em.createNamedQuery(JournalEntry.OF_PERSON, JournalEntry.class)
                .setParameter("person", writer.getId())
                .getResultStream()
                .map(entry -> view(entry, writer, true))
                .filter(entry -> entry.matches(query))
                .toList();
    }

    /** Entries other people shared with the reader (by name or through a group), newest first. */
    public List<EntryView> sharedWith(Person reader) {
        if (SharingRules.isOnlyLeader(reader.getRoles())) {
            return List.of();
        }
        Set<Long> memberOf = unitIds(reader);
        List<EntryShare> shares = em.createNamedQuery(EntryShare.TO_PERSON_OR_UNITS, EntryShare.class)
                .setParameter("person", reader.getId())
                .setParameter("units", memberOf.isEmpty() ? Set.of(-1L) : memberOf)
                .getResultList();
        Set<Long> entryIds = shares.stream().map(EntryShare::getEntryId).collect(Collectors.toSet());
        SharingRules.Reader asReader = reader(reader);
        return entryIds.stream()
                .map(id -> em.find(JournalEntry.class, id))
                .filter(entry -> entry != null && entry.getPersonId() != reader.getId())
                .filter(entry -> SharingRules.canRead(asReader, entry.getPersonId(), rules(entry.getId())))
                .map(entry -> view(entry, reader, false))
                .sorted(Comparator.comparing(EntryView::updatedAt).reversed())
                .toList();
    }

    /** One entry, if the reader may read it; otherwise 404, so nobody learns that it exists. */
    public EntryView read(Person reader, long entryId) {
        JournalEntry entry = em.find(JournalEntry.class, entryId);
        if (entry == null || !SharingRules.canRead(reader(reader), entry.getPersonId(), rules(entryId))) {
            throw Refusal.notFound(InvalidInput.StudyTexts.BUNDLE, "refused.noSuchEntry");
        }
        return view(entry, reader, entry.getPersonId() == reader.getId());
    }

    // ---- sharing -------------------------------------------------------------------------------------------------

    @Transactional
    public EntryView shareWithPerson(Person writer, long entryId, long personId) {
        JournalEntry entry = own(writer, entryId);
        Person target = em.find(Person.class, personId);
        if (target == null
                || !SharingRules.mayBeNamed(writer.getId(), personId, target.getRoles(), target.isActive())) {
            throw new InvalidInput("share.notAllowed");
        }
        boolean already =
                shares(entryId).stream().anyMatch(s -> s.getPersonId() != null && s.getPersonId() == personId);
        if (!already) {
            em.persist(EntryShare.withPerson(entryId, personId));
        }
        em.flush();
        return view(entry, writer, true);
    }

    @Transactional
    public EntryView shareWithGroup(Person writer, long entryId, long orgUnitId) {
        JournalEntry entry = own(writer, entryId);
        if (!SharingRules.mayShareWithUnit(unitIds(writer), orgUnitId)) {
            throw new InvalidInput("share.notYourGroup");
        }
        boolean already =
                shares(entryId).stream().anyMatch(s -> s.getOrgUnitId() != null && s.getOrgUnitId() == orgUnitId);
        if (!already) {
            em.persist(EntryShare.withOrgUnit(entryId, orgUnitId));
        }
        em.flush();
        return view(entry, writer, true);
    }

    @Transactional
    public EntryView withdraw(Person writer, long entryId, long shareId) {
        JournalEntry entry = own(writer, entryId);
        EntryShare share = em.find(EntryShare.class, shareId);
        if (share == null || share.getEntryId() != entryId) {
            throw Refusal.notFound(InvalidInput.StudyTexts.BUNDLE, "refused.noSuchSharing");
        }
        em.remove(share);
        em.flush();
        return view(entry, writer, true);
    }

    /** People the writer can name: trainers, and others in the writer's units; never anyone who is only a leader. */
    public List<Candidate> candidates(Person writer) {
        Set<Long> memberOf = unitIds(writer);
        List<Person> people = peopleFinder.activeWithRoleOrIn(Role.TRAINER, memberOf, writer.getId());
        return people.stream()
                .filter(p -> SharingRules.mayBeNamed(writer.getId(), p.getId(), p.getRoles(), p.isActive()))
                .map(p -> new Candidate(
                        p.getId(), p.getDisplayName(), p.getRoles().contains(Role.TRAINER)))
                .toList();
    }

    /** The writer's own units, which they may share with as a group. */
    public List<OrgUnit> groups(Person writer) {
        Person fresh = em.find(Person.class, writer.getId());
        return fresh.getUnits().stream()
                .sorted(Comparator.comparing(OrgUnit::getName))
                .toList();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private JournalEntry own(Person writer, long entryId) {
        JournalEntry entry = em.find(JournalEntry.class, entryId);
        if (entry == null || entry.getPersonId() != writer.getId()) {
            throw Refusal.notFound(InvalidInput.StudyTexts.BUNDLE, "refused.noSuchEntry");
        }
        return entry;
    }

    private List<JournalAnswer> answers(long entryId) {
        return em.createNamedQuery(JournalAnswer.OF_ENTRY, JournalAnswer.class)
                .setParameter("entry", entryId)
                .getResultList();
    }

    private List<EntryShare> shares(long entryId) {
        return em.createNamedQuery(EntryShare.OF_ENTRY, EntryShare.class)
                .setParameter("entry", entryId)
                .getResultList();
    }

    private List<SharingRules.Share> rules(long entryId) {
        return shares(entryId).stream()
                .map(s -> new SharingRules.Share(s.getPersonId(), s.getOrgUnitId()))
                .toList();
    }

    private SharingRules.Reader reader(Person person) {
        return new SharingRules.Reader(
                person.getId(), person.getRoles(), unitIds(person), organisation.unitIdsLedBy(person.getId()));
    }

    private Set<Long> unitIds(Person person) {
        return peopleFinder.unitIdsOf(person);
    }

    private EntryView view(JournalEntry entry, Person reader, boolean withShares) {
        UnitInfo unit = units.find(entry.getUnitId())
                .orElse(new UnitInfo(entry.getUnitId(), 0, ReflectionUnitType.KEY, "", ""));
        Person writer = em.find(Person.class, entry.getPersonId());
        List<Answer> answers = answers(entry.getId()).stream()
                .map(a -> new Answer(a.getPrompt(), a.getBody()))
                .toList();
        List<ShareView> shareViews = withShares && entry.getPersonId() == reader.getId()
                ? shares(entry.getId()).stream().map(this::shareView).toList()
                : List.of();
        return new EntryView(
                entry.getId(),
                entry.getUnitId(),
                unit.title(),
                unit.courseTitle(),
                entry.getPersonId(),
                writer == null ? "" : writer.getDisplayName(),
                entry.getStatus(),
                entry.getUpdatedAt(),
                entry.getSubmittedAt(),
                answers,
                shareViews);
    }

    private ShareView shareView(EntryShare share) {
        if (share.getPersonId() != null) {
            Person person = em.find(Person.class, share.getPersonId());
            return new ShareView(
                    share.getId(), share.getPersonId(), null, person == null ? "" : person.getDisplayName());
        }
        OrgUnit unit = em.find(OrgUnit.class, share.getOrgUnitId());
        return new ShareView(share.getId(), null, share.getOrgUnitId(), unit == null ? "" : unit.getName());
    }
}
