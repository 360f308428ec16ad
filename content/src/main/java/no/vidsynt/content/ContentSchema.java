package no.vidsynt.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import no.vidsynt.core.spi.ModuleSchema;
import no.vidsynt.core.spi.SchemaOwner;

/**
 * The content module's own tables (history table {@code flyway_history_content}), migrated after the core's (they
 * refer to {@code course_unit}) and before the course modules'.
 */
@ApplicationScoped
public class ContentSchema implements SchemaOwner {

    @Override
    public Optional<ModuleSchema> schema() {
        return Optional.of(ModuleSchema.of("content"));
    }
}
