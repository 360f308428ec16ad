package no.vidsynt.core.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.vidsynt.core.notification.entity.OutboxMail;

/**
 * The transactional outbox: {@link #queue} writes a mail in the caller's transaction, so a mail exists exactly when
 * what it tells of was committed. {@link OutboxSender} sends queued mails afterwards. A server claims a mail with a
 * conditional UPDATE (PENDING -> SENDING) before sending it, so with several servers each mail is sent by one of them.
 */
@ApplicationScoped
public class MailOutbox {

    /** A claim older than this is taken to belong to a server that died while sending; the mail is tried again. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    static final int MAX_ATTEMPTS = 5;

    /** Names this server in claims, for the record. */
    private final String node = UUID.randomUUID().toString().substring(0, 8);

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(MailMessage mail) {
        em.persist(new OutboxMail(
                mail.recipient(), mail.subject(), mail.body(), mail.ical(), mail.icalMethod(), Instant.now()));
    }

    /** Ids of mails waiting to be sent, oldest first; releases claims of servers that died mid-send. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> pending(int limit) {
        em.createQuery("UPDATE OutboxMail m SET m.status = :pending WHERE m.status = :sending AND m.claimedAt < :stale")
                .setParameter("pending", OutboxMail.Status.PENDING)
                .setParameter("sending", OutboxMail.Status.SENDING)
                .setParameter("stale", Instant.now().minus(STALE_CLAIM))
                .executeUpdate();
        return em.createQuery("SELECT m.id FROM OutboxMail m WHERE m.status = :pending ORDER BY m.id", Long.class)
                .setParameter("pending", OutboxMail.Status.PENDING)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Claims one mail for this server; empty when another server claimed it first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.Optional<MailMessage> claim(long id) {
        int claimed = em.createQuery("UPDATE OutboxMail m SET m.status = :sending, m.claimedBy = :node, "
                        + "m.claimedAt = :now, m.attempts = m.attempts + 1 WHERE m.id = :id AND m.status = :pending")
                .setParameter("sending", OutboxMail.Status.SENDING)
                .setParameter("pending", OutboxMail.Status.PENDING)
                .setParameter("node", node)
                .setParameter("now", Instant.now())
                .setParameter("id", id)
                .executeUpdate();
        if (claimed == 0) {
            return java.util.Optional.empty();
        }
        OutboxMail mail = em.find(OutboxMail.class, id);
        return java.util.Optional.of(new MailMessage(
                mail.getRecipient(), mail.getSubject(), mail.getBody(), mail.getIcal(), mail.getIcalMethod()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id) {
        em.createQuery("UPDATE OutboxMail m SET m.status = :sent, m.sentAt = :now, m.lastError = NULL WHERE m.id = :id")
                .setParameter("sent", OutboxMail.Status.SENT)
                .setParameter("now", Instant.now())
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Puts the mail back in line, or gives up on it after {@value #MAX_ATTEMPTS} attempts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String error) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        OutboxMail.Status next =
                mail.getAttempts() >= MAX_ATTEMPTS ? OutboxMail.Status.FAILED : OutboxMail.Status.PENDING;
        String message = error == null ? "unknown" : error.length() > 1000 ? error.substring(0, 1000) : error;
        em.createQuery("UPDATE OutboxMail m SET m.status = :next, m.lastError = :error WHERE m.id = :id")
                .setParameter("next", next)
                .setParameter("error", message)
                .setParameter("id", id)
                .executeUpdate();
    }
}
