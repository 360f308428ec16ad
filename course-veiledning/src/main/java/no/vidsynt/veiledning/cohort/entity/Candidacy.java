package no.vidsynt.veiledning.cohort.entity;

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
import java.util.Objects;

/**
 * One person's way into the programme, from nomination or application to admission into a cohort (or a waiting list,
 * a rejection, a withdrawal). Moves only along {@link CandidacyStatus#canBecome}; who may move it is the control's
 * question. Held by ids: person, unit, cohort and deciders are the core's.
 */
@Entity
@Table(name = "veiledning_candidacy")
@NamedQuery(
        name = Candidacy.OF_PERSON,
        query = "SELECT c FROM Candidacy c WHERE c.personId = :person ORDER BY c.createdAt DESC, c.id DESC")
@NamedQuery(
        name = Candidacy.IN_COHORT,
        query =
                "SELECT c FROM Candidacy c WHERE c.cohortId = :cohort AND c.status = :status ORDER BY c.changedAt, c.id")
public class Candidacy {

    public static final String OF_PERSON = "Candidacy.ofPerson";
    public static final String IN_COHORT = "Candidacy.inCohort";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    /** The unit whose leaders follow the candidacy (the person's, when proposed). */
    @Column(name = "org_unit_id")
    private Long orgUnitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CandidacyStatus status;

    @Column
    private String motivation;

    @Column(name = "proposed_by", nullable = false)
    private long proposedBy;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(length = 1000)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected Candidacy() {
        // for JPA
    }

    private Candidacy(
            long personId, Long orgUnitId, CandidacyStatus status, String motivation, long proposedBy, Instant at) {
        this.personId = personId;
        this.orgUnitId = orgUnitId;
        this.status = status;
        this.motivation = motivation;
        this.proposedBy = proposedBy;
        this.createdAt = Objects.requireNonNull(at, "at");
        this.changedAt = at;
    }

    /** A leader proposes a person of their unit. */
    public static Candidacy nominated(long personId, Long orgUnitId, String motivation, long leaderId, Instant at) {
        return new Candidacy(personId, orgUnitId, CandidacyStatus.NOMINATED, motivation, leaderId, at);
    }

    /** The person applies; their leader decides. */
    public static Candidacy applied(long personId, Long orgUnitId, String motivation, Instant at) {
        return new Candidacy(personId, orgUnitId, CandidacyStatus.APPLIED, motivation, personId, at);
    }

    public void approve(long leaderId, Instant at) {
        move(CandidacyStatus.APPROVED, leaderId, at);
    }

    public void admit(long cohort, long trainerId, Instant at) {
        move(CandidacyStatus.ADMITTED, trainerId, at);
        this.cohortId = cohort;
    }

    public void waitlist(long cohort, long trainerId, Instant at) {
        move(CandidacyStatus.WAITLISTED, trainerId, at);
        this.cohortId = cohort;
    }

    public void reject(String why, long deciderId, Instant at) {
        move(CandidacyStatus.REJECTED, deciderId, at);
        this.reason = why;
    }

    /** Leaves the programme; the cohort stays recorded (whom they left). */
    public void withdraw(String why, long byId, Instant at) {
        move(CandidacyStatus.WITHDRAWN, byId, at);
        this.reason = why;
    }

    private void move(CandidacyStatus next, long byId, Instant at) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("A candidacy " + status + " cannot become " + next);
        }
        this.status = next;
        this.decidedBy = byId;
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public CandidacyStatus getStatus() {
        return status;
    }

    public String getMotivation() {
        return motivation;
    }

    public long getProposedBy() {
        return proposedBy;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** A leader nominated the person (rather than the person applying). */
    public boolean isNomination() {
        return proposedBy != personId;
    }
}
