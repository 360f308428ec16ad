package no.vidsynt.core.spi;

import java.util.Objects;

/**
 * The tables a module owns: its Flyway migrations and their own history table, {@code flyway_history_<owner>}
 * (dashes become underscores), so that module versions never collide with the core's.
 *
 * @param owner stable owner key, lower case ("content", or a course module's key)
 * @param location classpath location of the migrations, {@code classpath:db/migration/<owner>}
 */
public record ModuleSchema(String owner, String location) {
    public ModuleSchema {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(location, "location");
    }

    /** The schema of a module whose migrations lie in {@code db/migration/<owner>}. */
    public static ModuleSchema of(String owner) {
        return new ModuleSchema(owner, "classpath:db/migration/" + owner);
    }

    public String historyTable() {
        return "flyway_history_" + owner.replace('-', '_');
    }
}
