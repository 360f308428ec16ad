package no.vidsynt.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseDefaultsTest {

    @Test
    void theDataSourceClassFollowsTheUrl() {
        assertThat(DatabaseDefaults.dataSourceClassFor("jdbc:h2:file:/tmp/x;MODE=MariaDB"))
                .isEqualTo("org.h2.jdbcx.JdbcDataSource");
        assertThat(DatabaseDefaults.dataSourceClassFor("jdbc:mariadb://db:3306/vidsynt"))
                .isEqualTo("org.mariadb.jdbc.MariaDbDataSource");
    }

    @Test
    void anUnsupportedDatabaseIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> DatabaseDefaults.dataSourceClassFor("jdbc:postgresql://db/vidsynt"))
                .hasMessageContaining("VIDSYNT_DB_URL must be a jdbc:mariadb: or jdbc:h2: URL");
    }

    @Test
    void withoutSettingsTheDataIsAnEmbeddedH2FileInMariaDbMode() {
        var defaults = new DatabaseDefaults();
        String url = defaults.getValue(DatabaseDefaults.URL);
        assertThat(url).startsWith("jdbc:h2:file:/").contains("MODE=MariaDB").contains("DATABASE_TO_LOWER=TRUE");
        assertThat(defaults.getOrdinal())
                .as("below environment variables and system properties")
                .isLessThan(100);
    }
}
