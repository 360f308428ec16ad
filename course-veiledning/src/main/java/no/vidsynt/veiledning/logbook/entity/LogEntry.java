package no.vidsynt.veiledning.logbook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a trainee's supervision logbook (veiledningslogg): supervision they gave in their own department.
 * It belongs to its writer; the cohort's trainer reads it only while it is shared.
 */
@Entity
@Table(name = "veiledning_log_entry")
@NamedQuery(
        name = LogEntry.OF_PERSON,
        query = "SELECT e FROM LogEntry e WHERE e.personId = :person ORDER BY e.givenOn DESC, e.id DESC")
@NamedQuery(
        name = LogEntry.SHARED_OF_PERSON,
        query = "SELECT e FROM LogEntry e WHERE e.personId = :person AND e.shared = TRUE"
                + " ORDER BY e.givenOn DESC, e.id DESC")
@NamedQuery(name = LogEntry.COUNT_OF_PERSON, query = "SELECT COUNT(e) FROM LogEntry e WHERE e.personId = :person")
public class LogEntry {

    public static final String OF_PERSON = "LogEntry.ofPerson";
    public static final String SHARED_OF_PERSON = "LogEntry.sharedOfPerson";
    public static final String COUNT_OF_PERSON = "LogEntry.countOfPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LogMode mode;

    @Column(nullable = false)
    private int participants;

    @Column(nullable = false, length = 200)
    private String theme;

    @Column(nullable = false, length = 200)
    private String method;

    @Column(name = "what_worked", nullable = false)
    private String whatWorked;

    @Column(nullable = false)
    private String reflection;

    @Column(nullable = false)
    private boolean shared;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected LogEntry() {
        // for JPA
    }

    public LogEntry(long personId, Content content, Instant at) {
        this.personId = personId;
        this.writtenAt = at;
        change(content, at);
    }

    /** What the writer says about one supervision, checked before it gets here. */
    public record Content(
            LocalDate givenOn,
            int minutes,
            LogMode mode,
            int participants,
            String theme,
            String method,
            String whatWorked,
            String reflection) {}

    public void change(Content content, Instant at) {
        this.givenOn = content.givenOn();
        this.minutes = content.minutes();
        this.mode = content.mode();
        this.participants = content.participants();
        this.theme = content.theme();
        this.method = content.method();
        this.whatWorked = content.whatWorked();
        this.reflection = content.reflection();
        this.changedAt = at;
    }

    public void share(boolean newShared, Instant at) {
        this.shared = newShared;
        this.changedAt = at;
    }

    public Content content() {
        return new Content(givenOn, minutes, mode, participants, theme, method, whatWorked, reflection);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public int getMinutes() {
        return minutes;
    }

    public LogMode getMode() {
        return mode;
    }

    public int getParticipants() {
        return participants;
    }

    public String getTheme() {
        return theme;
    }

    public String getMethod() {
        return method;
    }

    public String getWhatWorked() {
        return whatWorked;
    }

    public String getReflection() {
        return reflection;
    }

    public boolean isShared() {
        return shared;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
