package no.vidsynt.core.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.vidsynt.core.platform.StartupFailure;
import no.vidsynt.core.spi.CourseModule;
import no.vidsynt.core.spi.ModuleSchema;
import no.vidsynt.core.spi.SchemaOwner;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the schema up to date before anything else runs: first the core's migrations, then those of every
 * {@link SchemaOwner} (the one schema contract): modules that are not programmes (content) first, then the course
 * modules, each in key order and each with its own history table ({@link ModuleSchema#historyTable()}) so that
 * module versions never collide. JPA never generates schema. Runs after {@code CourseModules}, so a module that breaks
 * the contract stops the start before its migrations touch the database.
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
    @Any
    Instance<SchemaOwner> owners;

    /** Not in a container transaction: Flyway manages its own, and MariaDB's XA data source refuses nesting them. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        migrateOwner("core", CORE_LOCATION, "flyway_schema_history");
        owners.stream()
                .map(owner -> new Owned(owner instanceof CourseModule, owner.schema()))
                .filter(owned -> owned.schema().isPresent())
                .sorted(Comparator.comparing(Owned::programme)
                        .thenComparing(owned -> owned.schema().get().owner()))
                .map(owned -> owned.schema().get())
                .forEach(schema -> migrateOwner(schema.owner(), schema.location(), schema.historyTable()));
    }

    private record Owned(boolean programme, Optional<ModuleSchema> schema) {}

    /**
     * Not an overload of {@link #migrate()}: the EJB container finds the {@code @PostConstruct} method by name, and an
     * overload with arguments made start-up fail with "wrong number of arguments" depending on method order.
     */
    private void migrateOwner(String owner, String location, String historyTable) {
        try {
            var result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations(location)
                    .table(historyTable)
                    // A module's history starts empty in a schema the core already filled: baseline at 0 so that
                    // its V1 still runs.
                    .baselineOnMigrate(!"core".equals(owner))
                    .baselineVersion("0")
                    .cleanDisabled(true)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            LOG.info(() -> "Schema of '" + owner + "' is at version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " migration(s) applied now)");
        } catch (FlywayException e) {
            throw StartupFailure.stop(
                    "The database migration of '" + owner + "' (" + location + ") failed: " + e.getMessage()
                            + "\nFix the migration or the database, then start again.",
                    e);
        }
    }
}
