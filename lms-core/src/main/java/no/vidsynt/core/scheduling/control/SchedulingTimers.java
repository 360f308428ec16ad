package no.vidsynt.core.scheduling.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.vidsynt.core.notification.control.OutboxSender;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background work of scheduling, on every server: send the mail outbox ({@code vidsynt.mail.poll-seconds},
 * default 10), and pass on expired offers and send due reminders ({@code vidsynt.scheduling.tick-seconds}, default
 * 60). Each piece is safe to run on several servers at once (row locks and conditional UPDATEs decide who does it).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchedulingTimers {

    private static final Logger LOG = Logger.getLogger(SchedulingTimers.class.getName());
    private static final long FIRST_TURN_SECONDS = 30;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxSender outbox;

    @Inject
    Bookings bookings;

    @Inject
    Reminders reminders;

    @Inject
    @ConfigProperty(name = "vidsynt.mail.poll-seconds", defaultValue = "10")
    long mailSeconds;

    @Inject
    @ConfigProperty(name = "vidsynt.scheduling.tick-seconds", defaultValue = "60")
    long tickSeconds;

    private final List<ScheduledFuture<?>> running = new ArrayList<>();

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        // The first turns wait until start-up (with the migrations, another start-up singleton) is surely over.
        running.add(executor.scheduleWithFixedDelay(
                () -> guarded("mail outbox", outbox::sendPending), FIRST_TURN_SECONDS, mailSeconds, TimeUnit.SECONDS));
        running.add(executor.scheduleWithFixedDelay(
                () -> guarded("session tick", this::tick), FIRST_TURN_SECONDS, tickSeconds, TimeUnit.SECONDS));
    }

    @PreDestroy
    void stop() {
        running.forEach(future -> future.cancel(false));
    }

    /** Expired offers first (they may free seats), then reminders. */
    public void tick() {
        bookings.expireOffers();
        Instant now = Instant.now();
        for (Long[] candidate : reminders.candidates(now)) {
            reminders.remindOnce(candidate[0], now);
        }
    }

    private static void guarded(String what, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Background job '" + what + "' failed; it runs again at its next turn", e);
        }
    }
}
