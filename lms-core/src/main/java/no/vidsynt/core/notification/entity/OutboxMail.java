package no.vidsynt.core.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A mail waiting to be sent, written in the transaction that caused it. If that transaction rolls back, the mail was
 * never queued; once it commits, the outbox job sends it (see {@code MailOutbox}).
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** Where a mail is in its life; a row is claimed PENDING -> SENDING by one server only. */
    public enum Status {
        PENDING,
        SENDING,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false)
    private String body;

    /** An iCalendar attachment (text/calendar), or null. */
    @Column
    private String ical;

    @Column(name = "ical_method", length = 20)
    private String icalMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxMail() {
        // for JPA
    }

    public OutboxMail(String recipient, String subject, String body, String ical, String icalMethod, Instant now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = Objects.requireNonNull(body);
        this.ical = ical;
        this.icalMethod = icalMethod;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getIcal() {
        return ical;
    }

    public String getIcalMethod() {
        return icalMethod;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }
}
