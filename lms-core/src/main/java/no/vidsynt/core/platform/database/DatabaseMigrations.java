package no.vidsynt.core.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.DependsOn;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.vidsynt.core.platform.StartupFailure;
import no.vidsynt.core.programme.control.CourseModules;
import no.vidsynt.core.spi.CourseModule;
import no.vidsynt.core.spi.ModuleSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the schema up to date before anything else runs: first the core's migrations, then those of other modules
 * that own tables ({@link ModuleSchema}), then each course module's,
 * each owner with its own history table so that module versions never collide. JPA never generates schema.
 */
@Startup
@Singleton
@DependsOn("CourseModules")
public class DatabaseMigrations {

    static final String CORE_LOCATION = "classpath:db/migration/core";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = Database.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    CourseModules modules;

    @Inject
    @Any
    Instance<ModuleSchema> moduleSchemas;

    /** Not in a container transaction: Flyway manages its own, and MariaDB's XA data source refuses nesting them. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        migrateOwner("core", CORE_LOCATION, "flyway_schema_history");
        moduleSchemas.stream()
                .sorted(Comparator.comparing(ModuleSchema::owner))
                .forEach(schema -> migrateOwner(schema.owner(), schema.location(), historyTableOf(schema.owner())));
        modules.all().stream()
                .sorted(Comparator.comparing(CourseModule::key))
                .forEach(module -> module.migrationLocation().ifPresent(location ->
                        migrateOwner(module.key(), location, historyTableOf(module.key()))));
    }

    static String historyTableOf(String ownerKey) {
        return "flyway_history_" + ownerKey.replace('-', '_');
    }

    /** Not named migrate: the EJB container finds the @PostConstruct callback by name and may pick an overload. */
    private void migrateOwner(String owner, String location, String historyTable) {
        try {
            var result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations(location)
                    .table(historyTable)
                    .cleanDisabled(true)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            LOG.info(() -> "Schema of '" + owner + "' is at version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migration(s) applied now)");
        } catch (FlywayException e) {
            throw StartupFailure.stop("The database migration of '" + owner + "' (" + location + ") failed: "
                    + e.getMessage() + "\nFix the migration or the database, then start again.", e);
        }
    }
}
