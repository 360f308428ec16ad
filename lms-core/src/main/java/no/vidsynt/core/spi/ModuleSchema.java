package no.vidsynt.core.spi;

/**
 * A module that owns tables but is not a programme (the content module, say) contributes its migrations through
 * this CDI bean. Its history table is {@code flyway_history_<owner>}; it migrates after the core, before the course
 * modules.
 */
public interface ModuleSchema {

    /** Stable owner key, lower case ("content"). */
    String owner();

    /** Classpath location of its Flyway migrations, for example {@code classpath:db/migration/content}. */
    String location();
}
