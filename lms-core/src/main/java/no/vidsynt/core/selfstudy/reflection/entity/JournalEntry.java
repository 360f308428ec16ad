package no.vidsynt.core.selfstudy.reflection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One person's reflection on one reflection unit, in their own journal. Private: only the writer, and the people
 * they shared it with, ever read it (see {@code SharingRules}); leaders never do. Its answers are
 * {@link JournalAnswer} rows, one per prompt.
 */
@Entity
@Table(name = "ss_journal_entry")
@NamedQuery(
        name = JournalEntry.OF_PERSON_AND_UNIT,
        query = "SELECT e FROM JournalEntry e WHERE e.personId = :person AND e.unitId = :unit "
                + "AND e.moment = no.vidsynt.core.selfstudy.reflection.entity.EntryMoment.UNIT")
@NamedQuery(
        name = JournalEntry.OF_PERSON_UNIT_AND_MOMENT,
        query = "SELECT e FROM JournalEntry e WHERE e.personId = :person AND e.unitId = :unit AND e.moment = :moment")
@NamedQuery(
        name = JournalEntry.OF_PERSON,
        query = "SELECT e FROM JournalEntry e WHERE e.personId = :person ORDER BY e.updatedAt DESC")
public class JournalEntry {

    public static final String OF_PERSON_AND_UNIT = "JournalEntry.ofPersonAndUnit";
    public static final String OF_PERSON = "JournalEntry.ofPerson";
    public static final String OF_PERSON_UNIT_AND_MOMENT = "JournalEntry.ofPersonUnitAndMoment";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    /** The unit's own reflection, or one written before or after a training session of a session unit. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EntryMoment moment = EntryMoment.UNIT;

    /** The training session a before- or after-reflection belongs to. */
    @Column(name = "session_id")
    private Long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryStatus status = EntryStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected JournalEntry() {
        // for JPA
    }

    public JournalEntry(long personId, long unitId) {
        this.personId = personId;
        this.unitId = unitId;
    }

    /** A reflection before or after a training session of a session unit. */
    public JournalEntry(long personId, long unitId, EntryMoment moment, long sessionId) {
        this(personId, unitId);
        this.moment = moment;
        this.sessionId = sessionId;
    }

    /** The person booked another session of the unit: the reflection belongs to that one now. */
    public void belongsTo(long newSessionId) {
        this.sessionId = newSessionId;
    }

    public EntryMoment getMoment() {
        return moment;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void touched() {
        updatedAt = Instant.now();
    }

    public void submit() {
        status = EntryStatus.SUBMITTED;
        submittedAt = Instant.now();
        updatedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getUnitId() {
        return unitId;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
