package no.vidsynt.core.platform.database;

/** Names shared by everything that touches VidSynt's one database. */
public final class Database {

    /** JNDI name of the data source the app module defines (H2 by default, MariaDB when configured). */
    public static final String DATA_SOURCE = "java:app/jdbc/vidsynt";

    /** The persistence unit every module's entities belong to. */
    public static final String PERSISTENCE_UNIT = "vidsynt";

    private Database() {}

    /** Whether a JDBC URL names the embedded database used for first runs and demos. */
    public static boolean isEmbedded(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:");
    }
}
