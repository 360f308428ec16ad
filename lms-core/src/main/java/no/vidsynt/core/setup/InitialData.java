package no.vidsynt.core.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import no.vidsynt.core.demo.DemoData;
import no.vidsynt.core.demo.DemoMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * After the migrations, decides who the first people are: the demo's cast in demo mode (the default for the embedded
 * database), otherwise the administrator named by environment variables, or else a one-time setup code.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class InitialData {

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());

    @Inject
    DemoMode demoMode;

    @Inject
    @ConfigProperty(name = "vidsynt.admin.username")
    Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "vidsynt.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "vidsynt.admin.password")
    Optional<String> adminPassword;

    @Inject
    DemoData demoData;

    @Inject
    FirstAdministrator firstAdministrator;

    @PostConstruct
    void seed() {
        if (isDemo()) {
            demoData.seedOnce();
        }
        if (!firstAdministrator.isNeeded()) {
            return;
        }
        if (adminUsername.isPresent() && adminPassword.isPresent()) {
            firstAdministrator.create(
                    adminUsername.get(),
                    adminUsername.get(),
                    adminEmail.orElse(adminUsername.get() + "@localhost"),
                    adminPassword.get());
        } else {
            firstAdministrator.offerSetup();
        }
    }

    private boolean isDemo() {
        boolean on = demoMode.isOn();
        if (on) {
            LOG.info("Demo mode is on: demo people and programmes are seeded (set VIDSYNT_DEMO=false to turn it off)");
        }
        return on;
    }
}
