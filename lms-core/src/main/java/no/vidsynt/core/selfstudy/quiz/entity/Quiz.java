package no.vidsynt.core.selfstudy.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A self-assessment: its questions (JSON, see QuizDefinition), pass mark in percent and attempts allowed. */
@Entity
@Table(name = "ss_quiz")
public class Quiz {

    @Id
    @Column(name = "unit_id")
    private Long unitId;

    @Lob
    @Column(nullable = false)
    private String definition = "{\"questions\":[]}";

    @Column(name = "pass_mark", nullable = false)
    private int passMark = 80;

    /** Null: unlimited. */
    @Column(name = "max_attempts")
    private Integer maxAttempts;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected Quiz() {
        // for JPA
    }

    public Quiz(long unitId) {
        this.unitId = unitId;
    }

    public void change(String newDefinition, int newPassMark, Integer newMaxAttempts) {
        this.definition = newDefinition;
        this.passMark = newPassMark;
        this.maxAttempts = newMaxAttempts;
        this.updatedAt = Instant.now();
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getDefinition() {
        return definition;
    }

    public int getPassMark() {
        return passMark;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }
}
