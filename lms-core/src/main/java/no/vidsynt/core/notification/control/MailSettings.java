package no.vidsynt.core.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where mail goes: the SMTP server from MicroProfile Config ({@code vidsynt.mail.*}, or environment variables such
 * as {@code VIDSYNT_MAIL_HOST}). Without a host, mails are written to the server log instead (the demo run).
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "vidsynt.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "vidsynt.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "vidsynt.mail.from", defaultValue = "VidSynt <no-reply@vidsynt.no>")
    String from;

    @Inject
    @ConfigProperty(name = "vidsynt.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "vidsynt.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "vidsynt.mail.starttls", defaultValue = "false")
    boolean starttls;

    public Optional<String> host() {
        return host.filter(value -> !value.isBlank());
    }

    public int port() {
        return port;
    }

    public String from() {
        return from;
    }

    public Optional<String> username() {
        return username.filter(value -> !value.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    public boolean starttls() {
        return starttls;
    }
}
