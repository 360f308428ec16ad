package no.vidsynt.app.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each integration-test run a database of its own on the real MariaDB server, so that runs never see each
 * other's rows, and drops it at the end. Payara Micro, which Arquillian starts after this, is pointed at it through
 * {@code payara.cmdOptions} (system properties are a MicroProfile Config source, like environment variables).
 */
public class TestDatabase implements LauncherSessionListener {

    /** This run's own database user: runs side by side must not change each other's password. */
    private static String user;

    private static String name;
    private static String password;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("vidsynt.it") || name != null) {
            return;
        }
        name = "vidsynt_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        user = "vit_" + name.substring("vidsynt_it_".length());
        password = UUID.randomUUID().toString();
        execute(
                "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                "CREATE USER IF NOT EXISTS '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'",
                "CREATE USER IF NOT EXISTS '" + user + "'@'localhost' IDENTIFIED BY '" + password + "'",
                "ALTER USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'",
                "ALTER USER '" + user + "'@'localhost' IDENTIFIED BY '" + password + "'",
                "GRANT ALL ON " + name + ".* TO '" + user + "'@'127.0.0.1'",
                "GRANT ALL ON " + name + ".* TO '" + user + "'@'localhost'");
        String options = String.join(
                " ",
                "-Xmx768m",
                "-Dvidsynt.db.url=" + url(),
                "-Dvidsynt.db.user=" + user,
                "-Dvidsynt.db.password=" + password,
                "-Dvidsynt.demo=true",
                "-Dvidsynt.content.root=" + contentRoot(),
                System.getProperty("payara.cmdOptions", ""));
        System.setProperty("payara.cmdOptions", options.trim());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (name != null) {
            execute(
                    "DROP DATABASE IF EXISTS " + name,
                    "DROP USER IF EXISTS '" + user + "'@'127.0.0.1'",
                    "DROP USER IF EXISTS '" + user + "'@'localhost'");
        }
    }

    /** The content store of this run (a folder under target/, its name from the database's). */
    public static java.nio.file.Path contentRoot() {
        return java.nio.file.Path.of("target", "it-content", name).toAbsolutePath();
    }

    /** The JDBC URL of this run's database. */
    public static String url() {
        return System.getProperty("vidsynt.it.mariadb.url") + name;
    }

    /** A connection to this run's database, for checking what the application wrote. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    private static void execute(String... statements) {
        try (Connection connection = DriverManager.getConnection(
                        System.getProperty("vidsynt.it.mariadb.url"),
                        System.getProperty("vidsynt.it.mariadb.user"),
                        System.getProperty("vidsynt.it.mariadb.password", ""));
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The integration tests need a MariaDB server at "
                            + System.getProperty("vidsynt.it.mariadb.url") + " (user "
                            + System.getProperty("vidsynt.it.mariadb.user") + "): " + e.getMessage(),
                    e);
        }
    }
}
