package no.vidsynt.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Defaults for the data source, below every other configuration source: without any setting, VidSynt keeps its data
 * in an embedded H2 file (MariaDB mode) under {@code VIDSYNT_DATA_DIR} (default {@code ./data}); with
 * {@code VIDSYNT_DB_URL} it uses that database. The data source class follows from the URL, so a deployment names
 * only URL, user and password.
 */
public class DatabaseDefaults implements ConfigSource {

    static final String URL = "vidsynt.db.url";
    static final String DATASOURCE_CLASS = "vidsynt.db.datasource-class";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(URL, DATASOURCE_CLASS, "vidsynt.db.user", "vidsynt.db.password", "vidsynt.data.dir");
    }

    @Override
    public String getValue(String name) {
        return switch (name) {
            case URL -> embeddedUrl();
            case DATASOURCE_CLASS -> dataSourceClassFor(configured(URL, "VIDSYNT_DB_URL", embeddedUrl()));
            case "vidsynt.db.user", "vidsynt.db.password" -> isEmbedded() ? "vidsynt" : null;
            case "vidsynt.data.dir" -> dataDir().toString();
            default -> null;
        };
    }

    static String dataSourceClassFor(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.jdbcx.JdbcDataSource";
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return "org.mariadb.jdbc.MariaDbDataSource";
        }
        throw new IllegalArgumentException("VIDSYNT_DB_URL must be a jdbc:mariadb: or jdbc:h2: URL, not " + url);
    }

    private boolean isEmbedded() {
        return configured(URL, "VIDSYNT_DB_URL", embeddedUrl()).startsWith("jdbc:h2:");
    }

    private static String embeddedUrl() {
        return "jdbc:h2:file:" + dataDir().resolve("vidsynt")
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static Path dataDir() {
        return Path.of(configured("vidsynt.data.dir", "VIDSYNT_DATA_DIR", "data"))
                .toAbsolutePath()
                .normalize();
    }

    private static String configured(String property, String environmentVariable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                URL,
                getValue(URL),
                DATASOURCE_CLASS,
                getValue(DATASOURCE_CLASS),
                "vidsynt.data.dir",
                getValue("vidsynt.data.dir"));
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "VidSynt database defaults";
    }
}
