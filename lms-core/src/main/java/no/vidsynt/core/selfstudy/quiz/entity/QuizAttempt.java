package no.vidsynt.core.selfstudy.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** One attempt at a self-assessment: open from start until submitted, then scored. */
@Entity
@Table(name = "ss_quiz_attempt")
@NamedQuery(
        name = QuizAttempt.OF_PERSON_AND_UNIT,
        query = "SELECT a FROM QuizAttempt a "
                + "WHERE a.personId = :person AND a.unitId = :unit ORDER BY a.startedAt, a.id")
public class QuizAttempt {

    public static final String OF_PERSON_AND_UNIT = "QuizAttempt.ofPersonAndUnit";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt = Instant.now();

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(precision = 6, scale = 2)
    private BigDecimal score;

    private Boolean passed;

    @Column(name = "time_spent_seconds")
    private Integer timeSpentSeconds;

    @Lob
    private String answers;

    @Lob
    private String result;

    @Version
    private long version;

    protected QuizAttempt() {
        // for JPA
    }

    public QuizAttempt(long personId, long unitId) {
        this.personId = personId;
        this.unitId = unitId;
    }

    public void submitted(
            Instant at, BigDecimal newScore, boolean hasPassed, int seconds, String answersJson, String resultJson) {
        this.submittedAt = at;
        this.score = newScore;
        this.passed = hasPassed;
        this.timeSpentSeconds = seconds;
        this.answers = answersJson;
        this.result = resultJson;
    }

    public boolean isOpen() {
        return submittedAt == null;
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

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public BigDecimal getScore() {
        return score;
    }

    public Boolean getPassed() {
        return passed;
    }

    public Integer getTimeSpentSeconds() {
        return timeSpentSeconds;
    }

    public String getAnswers() {
        return answers;
    }

    public String getResult() {
        return result;
    }
}
