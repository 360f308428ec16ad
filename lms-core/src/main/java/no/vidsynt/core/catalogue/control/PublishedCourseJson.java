package no.vidsynt.core.catalogue.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** Writes and reads the JSON form of a {@link PublishedCourse} kept in {@code course_version.structure}. */
public final class PublishedCourseJson {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private PublishedCourseJson() {}

    public static String write(PublishedCourse course) {
        return JSON.toJson(course);
    }

    public static PublishedCourse read(String json) {
        return JSON.fromJson(json, PublishedCourse.class);
    }
}
