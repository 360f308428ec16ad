package no.vidsynt.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import no.vidsynt.core.platform.database.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this installation runs as a demo: on by default with the embedded database, off with MariaDB, and always
 * as {@code VIDSYNT_DEMO} says when it is set. In demo mode the sign-in page lists the demo people.
 */
@Named
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "vidsynt.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "vidsynt.demo")
    Optional<Boolean> demo;

    public boolean isOn() {
        return demo.orElse(Database.isEmbedded(databaseUrl));
    }

    public String getPassword() {
        return isOn() ? DemoData.PASSWORD : "";
    }
}
