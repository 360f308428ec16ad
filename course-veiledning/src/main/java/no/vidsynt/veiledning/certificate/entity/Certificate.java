package no.vidsynt.veiledning.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A certificate (kursbevis) for completing a cohort of the programme. What it says (holder, cohort, period, hours) is
 * copied at issue, so it reads the same later even when names change; the code is what the public verification page
 * takes. Revoking keeps the row: the page then says revoked, and when.
 */
@Entity
@Table(name = "veiledning_certificate")
@NamedQuery(name = Certificate.BY_CODE, query = "SELECT c FROM Certificate c WHERE c.code = :code")
@NamedQuery(
        name = Certificate.OF_PERSON,
        query = "SELECT c FROM Certificate c WHERE c.personId = :person ORDER BY c.issuedAt DESC")
@NamedQuery(
        name = Certificate.OF_PERSON_IN_COHORT,
        query = "SELECT c FROM Certificate c WHERE c.personId = :person AND c.cohortId = :cohort")
@NamedQuery(
        name = Certificate.OF_COHORTS,
        query = "SELECT c FROM Certificate c WHERE c.cohortId IN :cohorts ORDER BY c.holderName")
public class Certificate {

    public static final String BY_CODE = "Certificate.byCode";
    public static final String OF_PERSON = "Certificate.ofPerson";
    public static final String OF_PERSON_IN_COHORT = "Certificate.ofPersonInCohort";
    public static final String OF_COHORTS = "Certificate.ofCohorts";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "holder_name", nullable = false, length = 300)
    private String holderName;

    @Column(name = "cohort_name", nullable = false, length = 200)
    private String cohortName;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(nullable = false)
    private int hours;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason", length = 1000)
    private String revokedReason;

    @Column(name = "revoked_by")
    private Long revokedBy;

    protected Certificate() {
        // for JPA
    }

    /** What the certificate states about its holder and their cohort. */
    public record Statement(
            long personId,
            long cohortId,
            String holderName,
            String cohortName,
            LocalDate periodFrom,
            LocalDate periodTo,
            int hours) {}

    public Certificate(String code, Statement statement, Instant issuedAt) {
        this.code = Objects.requireNonNull(code, "code");
        this.personId = statement.personId();
        this.cohortId = statement.cohortId();
        this.holderName = statement.holderName();
        this.cohortName = statement.cohortName();
        this.periodFrom = statement.periodFrom();
        this.periodTo = statement.periodTo();
        this.hours = statement.hours();
        this.issuedAt = issuedAt;
    }

    /** Revokes it once; false when it already was. */
    public boolean revoke(long by, String reason, Instant at) {
        if (revokedAt != null) {
            return false;
        }
        this.revokedAt = at;
        this.revokedBy = by;
        this.revokedReason = reason;
        return true;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getPersonId() {
        return personId;
    }

    public long getCohortId() {
        return cohortId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getCohortName() {
        return cohortName;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public int getHours() {
        return hours;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedReason() {
        return revokedReason;
    }

    public Long getRevokedBy() {
        return revokedBy;
    }
}
