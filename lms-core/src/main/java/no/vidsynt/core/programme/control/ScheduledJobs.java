package no.vidsynt.core.programme.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.vidsynt.core.spi.ScheduledJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the course modules' {@link ScheduledJob}s on the container's managed executor, each with a fixed delay of its
 * own interval. The first turn waits {@code vidsynt.jobs.first-turn-seconds} (default 30) so that start-up (migrations,
 * demo data) is surely over. A failing turn is logged; the job runs again at its next turn.
 */
@Startup
@Singleton
@DependsOn("CourseModules")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduledJobs {

    private static final Logger LOG = Logger.getLogger(ScheduledJobs.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    CourseModules modules;

    @Inject
    @ConfigProperty(name = "vidsynt.jobs.first-turn-seconds", defaultValue = "30")
    long firstTurnSeconds;

    private final List<ScheduledFuture<?>> running = new ArrayList<>();

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        modules.scheduledJobs()
                .forEach((module, jobs) -> jobs.forEach(job -> {
                    long delay = Math.max(1, job.interval().toSeconds());
                    running.add(executor.scheduleWithFixedDelay(
                            () -> guarded(module, job), firstTurnSeconds, delay, TimeUnit.SECONDS));
                    LOG.info(() -> "Scheduled job of '" + module + "' every " + delay + " s: "
                            + job.getClass().getName());
                }));
    }

    @PreDestroy
    void stop() {
        running.forEach(future -> future.cancel(false));
    }

    private static void guarded(String module, ScheduledJob job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A scheduled job of '" + module + "' failed; it runs again at its next turn", e);
        }
    }
}
