package no.vidsynt.app.it.plugin.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import no.vidsynt.core.spi.ScheduledJob;

/** The test programme's scheduled job: a row in its table every few seconds. */
@ApplicationScoped
public class SampleHeartbeat implements ScheduledJob {

    @Inject
    SampleLedger ledger;

    @Override
    public Duration interval() {
        return Duration.ofSeconds(2);
    }

    @Override
    public void run() {
        ledger.heartbeat();
    }
}
