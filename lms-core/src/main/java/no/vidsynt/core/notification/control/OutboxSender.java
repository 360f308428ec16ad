package no.vidsynt.core.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends what the outbox holds, one claimed mail at a time; run every few seconds by {@code SchedulingTimers}. */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Inject
    MailOutbox outbox;

    @Inject
    Mailer mailer;

    /** Returns how many mails this server sent. */
    public int sendPending() {
        int sent = 0;
        for (long id : outbox.pending(100)) {
            Optional<MailMessage> claimed = outbox.claim(id);
            if (claimed.isEmpty()) {
                continue;
            }
            try {
                mailer.send(claimed.get());
                outbox.sent(id);
                sent++;
            } catch (Exception e) {
                LOG.log(
                        Level.WARNING,
                        "Mail " + id + " to " + claimed.get().recipient() + " failed; tried again later",
                        e);
                outbox.failed(id, e.getMessage());
            }
        }
        return sent;
    }
}
