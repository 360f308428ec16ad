package no.vidsynt.content;

import jakarta.enterprise.context.ApplicationScoped;
import no.vidsynt.core.spi.ModuleSchema;

/** The content module's own tables, migrated after the core's (they refer to {@code course_unit}). */
@ApplicationScoped
public class ContentSchema implements ModuleSchema {

    @Override
    public String owner() {
        return "content";
    }

    @Override
    public String location() {
        return "classpath:db/migration/content";
    }
}
