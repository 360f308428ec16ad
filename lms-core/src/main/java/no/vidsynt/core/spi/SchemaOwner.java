package no.vidsynt.core.spi;

import java.util.Optional;

/**
 * The one schema contract: a CDI bean of a module that owns tables. Every {@link CourseModule} is one (through
 * {@link CourseModule#schema()}); a module that is not a programme, such as content, implements this alone. The core
 * migrates its own schema first, then the other owners, then the course modules, each in key order.
 */
public interface SchemaOwner {

    /** The owner's migrations, or empty when it owns no tables. */
    Optional<ModuleSchema> schema();
}
