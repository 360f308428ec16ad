package no.vidsynt.veiledning.cohort.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The programme's part of a cohort (kull): the core keeps the cohort itself (name, course, start date; same id), this
 * keeps who trains it, its end, seats, plan and what completing it takes. Its row is what admissions lock, so that
 * seats are never overbooked.
 */
@Entity
@Table(name = "veiledning_cohort")
public class CohortPlan {

    @Id
    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "trainer_id", nullable = false)
    private long trainerId;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private int seats;

    /** Which teaching days and practice rounds, as the trainer writes it. */
    @Column
    private String plan;

    @Column(name = "required_sessions", nullable = false)
    private int requiredSessions;

    @Column(name = "required_logbook_entries", nullable = false)
    private int requiredLogbookEntries;

    /** The hours the certificate states. */
    @Column(nullable = false)
    private int hours;

    protected CohortPlan() {
        // for JPA
    }

    public CohortPlan(long cohortId, long trainerId, Terms terms) {
        this.cohortId = cohortId;
        this.trainerId = trainerId;
        this.endDate = Objects.requireNonNull(terms.endDate(), "endDate");
        this.seats = terms.seats();
        this.plan = terms.plan();
        this.requiredSessions = terms.requiredSessions();
        this.requiredLogbookEntries = terms.requiredLogbookEntries();
        this.hours = terms.hours();
    }

    /** What a cohort's plan states beside the core cohort's name and start. */
    public record Terms(
            LocalDate endDate, int seats, String plan, int requiredSessions, int requiredLogbookEntries, int hours) {}

    public Long getCohortId() {
        return cohortId;
    }

    public long getTrainerId() {
        return trainerId;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getSeats() {
        return seats;
    }

    public String getPlan() {
        return plan;
    }

    public int getRequiredSessions() {
        return requiredSessions;
    }

    public int getRequiredLogbookEntries() {
        return requiredLogbookEntries;
    }

    public int getHours() {
        return hours;
    }
}
