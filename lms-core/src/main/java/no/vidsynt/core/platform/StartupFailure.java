package no.vidsynt.core.platform;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stops VidSynt when it cannot start correctly (a failed migration, an invalid course module), with one clear message.
 *
 * <p>Failing the deployment alone would leave Payara Micro running an empty server that answers 404 to everything;
 * the runnable jar sets {@code vidsynt.exit-on-startup-failure=true} so that the process ends instead.
 */
public final class StartupFailure {

    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

    private StartupFailure() {}

    public static IllegalStateException stop(String message, Throwable cause) {
        LOG.log(Level.SEVERE, "\n\n*** VidSynt cannot start ***\n{0}\n", message);
        boolean exit = ConfigProvider.getConfig()
                .getOptionalValue("vidsynt.exit-on-startup-failure", Boolean.class)
                .orElse(false);
        if (exit) {
            Thread exitLater = new Thread(
                    () -> {
                        try {
                            Thread.sleep(500);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        Runtime.getRuntime().halt(1);
                    },
                    "vidsynt-startup-failure");
            exitLater.setDaemon(true);
            exitLater.start();
        }
        return new IllegalStateException(message, cause);
    }
}
