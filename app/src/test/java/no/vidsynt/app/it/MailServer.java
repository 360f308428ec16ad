package no.vidsynt.app.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server (GreenMail) in the test JVM for the whole integration-test run, started before Payara Micro so
 * that the application can be pointed at it: this listener appends {@code vidsynt.mail.host/port} (and short
 * intervals for the mail outbox and the session jobs) to {@code payara.cmdOptions}, like {@link TestDatabase} does.
 */
public class MailServer implements LauncherSessionListener {

    private static GreenMail greenMail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("vidsynt.it") || greenMail != null) {
            return;
        }
        int port = freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        String options = String.join(
                " ",
                System.getProperty("payara.cmdOptions", ""),
                "-Dvidsynt.mail.host=127.0.0.1",
                "-Dvidsynt.mail.port=" + port,
                "-Dvidsynt.mail.poll-seconds=1",
                "-Dvidsynt.scheduling.tick-seconds=2");
        System.setProperty("payara.cmdOptions", options.trim());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** The SMTP server the application sends to in this run. */
    public static GreenMail greenMail() {
        if (greenMail == null) {
            throw new IllegalStateException("The mail server runs only in integration tests (-Dvidsynt.it=true)");
        }
        return greenMail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
