package no.vidsynt.core.catalogue.control;

import java.lang.reflect.Field;
import no.vidsynt.core.catalogue.entity.Course;
import no.vidsynt.core.catalogue.entity.CourseSection;
import no.vidsynt.core.catalogue.entity.CourseUnit;

/** Draft rows with ids, as the database would give them, for tests without a database. */
final class CourseFixtures {

    private CourseFixtures() {}

    static Course course(long id, String title) {
        return withId(new Course("medarbeider", title), id);
    }

    static CourseSection section(long id, long course, String title, int position) {
        return withId(new CourseSection(course, title, position), id);
    }

    static CourseUnit unit(long id, long course, long section, String title, int position, boolean required) {
        CourseUnit unit = withId(new CourseUnit(course, section, "task", title, position), id);
        unit.edit(title, required, "{\"text\":\"Gjør dette\"}", null);
        return unit;
    }

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
