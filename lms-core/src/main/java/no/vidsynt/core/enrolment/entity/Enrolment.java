package no.vidsynt.core.enrolment.entity;

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
 * A person's place in a course. Withdrawing keeps the row (and all progress), so enrolling again restores where the
 * person was; a completed course keeps its completion date for good.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(
        name = Enrolment.OF_PERSON_IN_COURSE,
        query = "SELECT e FROM Enrolment e WHERE e.personId = :person AND e.courseId = :course")
@NamedQuery(
        name = Enrolment.OF_PERSON,
        query = "SELECT e FROM Enrolment e WHERE e.personId = :person ORDER BY e.enrolledAt DESC, e.id DESC")
public class Enrolment {

    public static final String OF_PERSON_IN_COURSE = "Enrolment.ofPersonInCourse";
    public static final String OF_PERSON = "Enrolment.ofPerson";

    /** Where it is in its life. */
    public enum Status {
        ACTIVE,
        WITHDRAWN,
        COMPLETED
    }

    /** How the person got enrolled. */
    public enum Source {
        /** The person enrolled themselves in an open course. */
        SELF,
        /** A standing enrolment of their organisational unit. */
        UNIT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Source source;

    @Column(name = "org_unit_id")
    private Long orgUnitId;

    @Column(name = "cohort_id")
    private Long cohortId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected Enrolment() {
        // for JPA
    }

    public Enrolment(long courseId, long personId, Source source, Long orgUnitId, Long cohortId, Instant at) {
        this.courseId = courseId;
        this.personId = personId;
        this.source = Objects.requireNonNull(source, "source");
        this.orgUnitId = orgUnitId;
        this.cohortId = cohortId;
        this.status = Status.ACTIVE;
        this.enrolledAt = Objects.requireNonNull(at, "at");
    }

    /** Leaves the course; progress and any completion date stay. Returns false when already withdrawn. */
    public boolean withdraw() {
        if (status == Status.WITHDRAWN) {
            return false;
        }
        status = Status.WITHDRAWN;
        return true;
    }

    /** Comes back after a withdrawal: completed stays completed. Returns false when already enrolled. */
    public boolean reactivate(Source newSource, Long newOrgUnitId, Long newCohortId, Instant at) {
        if (status != Status.WITHDRAWN) {
            return false;
        }
        status = completedAt != null ? Status.COMPLETED : Status.ACTIVE;
        source = newSource;
        orgUnitId = newOrgUnitId;
        if (newCohortId != null) {
            cohortId = newCohortId;
        }
        enrolledAt = at;
        return true;
    }

    /** Records the course's completion; true only the first time (the moment to announce it). */
    public boolean complete(Instant at) {
        if (completedAt != null) {
            return false;
        }
        completedAt = at;
        if (status == Status.ACTIVE) {
            status = Status.COMPLETED;
        }
        return true;
    }

    public void joinCohort(Long cohort) {
        this.cohortId = cohort;
    }

    /**
     * The one rule for "enrolled", which every feature asks through {@code EnrolmentFacts}: an active or completed
     * enrolment may take the course's units (a completed learner goes back to them); a withdrawn one may not.
     */
    public boolean isEnrolled() {
        return status == Status.ACTIVE || status == Status.COMPLETED;
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getPersonId() {
        return personId;
    }

    public Source getSource() {
        return source;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
