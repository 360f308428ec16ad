package no.vidsynt.core.progress.entity;

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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One person's progress in one unit. No row means "not started"; the first visit creates it. Once a unit is completed
 * or passed it stays so: a later, lower score does not take a pass away.
 */
@Entity
@Table(name = "unit_progress")
@NamedQuery(
        name = UnitProgress.OF_PERSON_AND_UNIT,
        query = "SELECT p FROM UnitProgress p WHERE p.personId = :person AND p.unitId = :unit")
@NamedQuery(
        name = UnitProgress.OF_PERSON_IN_COURSE,
        query = "SELECT p FROM UnitProgress p WHERE p.personId = :person AND p.courseId = :course")
public class UnitProgress {

    public static final String OF_PERSON_AND_UNIT = "UnitProgress.ofPersonAndUnit";
    public static final String OF_PERSON_IN_COURSE = "UnitProgress.ofPersonInCourse";

    /** Where the person is with the unit ("not started" has no row). */
    public enum Status {
        IN_PROGRESS,
        COMPLETED,
        PASSED,
        FAILED;

        /** Completed or passed: counts for the course. */
        public boolean isDone() {
            return this == COMPLETED || this == PASSED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.IN_PROGRESS;

    @Column(precision = 6, scale = 2)
    private BigDecimal score;

    @Column(name = "time_spent_seconds", nullable = false)
    private int timeSpentSeconds;

    @Column(name = "first_visited")
    private Instant firstVisited;

    @Column(name = "last_visited")
    private Instant lastVisited;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected UnitProgress() {
        // for JPA
    }

    public UnitProgress(long personId, long unitId, long courseId) {
        this.personId = personId;
        this.unitId = unitId;
        this.courseId = courseId;
    }

    public void visit(Instant at) {
        if (firstVisited == null) {
            firstVisited = at;
        }
        lastVisited = at;
    }

    /** Marks the unit completed; true only when it was not done before. */
    public boolean complete(Instant at) {
        if (status.isDone()) {
            return false;
        }
        status = Status.COMPLETED;
        completedAt = at;
        return true;
    }

    /**
     * Records a score against a pass mark: passed at or above it, failed below. A pass is kept (with the best score);
     * true only when the unit became passed now.
     */
    public boolean score(BigDecimal newScore, BigDecimal passMark, Instant at) {
        return score(newScore, newScore.compareTo(passMark) >= 0, at);
    }

    /** A scored attempt whose verdict was decided elsewhere (a quiz knows its own pass mark). */
    public boolean score(BigDecimal newScore, boolean passed, Instant at) {
        if (status.isDone()) {
            if (score == null || newScore.compareTo(score) > 0) {
                score = newScore;
            }
            return false;
        }
        score = newScore;
        if (passed) {
            status = Status.PASSED;
            completedAt = at;
            return true;
        }
        status = Status.FAILED;
        return false;
    }

    public void addTime(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("Time spent cannot be negative: " + seconds);
        }
        long total = (long) timeSpentSeconds + seconds;
        timeSpentSeconds = (int) Math.min(Integer.MAX_VALUE, total);
    }

    public boolean isDone() {
        return status.isDone();
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

    public long getCourseId() {
        return courseId;
    }

    public Status getStatus() {
        return status;
    }

    public BigDecimal getScore() {
        return score;
    }

    public int getTimeSpentSeconds() {
        return timeSpentSeconds;
    }

    public Instant getFirstVisited() {
        return firstVisited;
    }

    public Instant getLastVisited() {
        return lastVisited;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
