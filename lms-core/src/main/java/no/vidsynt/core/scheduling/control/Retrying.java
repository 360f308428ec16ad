package no.vidsynt.core.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs a transactional action again when the database broke it off for a deadlock (MariaDB error 1213, which Galera
 * also reports for certification conflicts) or a lock wait timeout (1205): both leave nothing written, so trying
 * again is safe. Other failures pass through unchanged.
 */
@ApplicationScoped
public class Retrying {

    private static final Logger LOG = Logger.getLogger(Retrying.class.getName());
    static final int ATTEMPTS = 5;

    public <T> T run(Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                LOG.fine(() -> "Retrying after a transient database conflict: " + e);
                pause(attempt);
            }
        }
    }

    /** Whether the failure is a deadlock or lock timeout somewhere in its causes. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getErrorCode() == 1213
                            || next.getErrorCode() == 1205
                            || "40001".equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
