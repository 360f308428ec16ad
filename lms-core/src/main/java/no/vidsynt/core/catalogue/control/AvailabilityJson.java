package no.vidsynt.core.catalogue.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import no.vidsynt.core.catalogue.control.PublishedCourse.Availability;

/** The JSON form of a unit's availability rules in {@code course_unit.availability}; null means "always". */
public final class AvailabilityJson {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private AvailabilityJson() {}

    public static String write(Availability availability) {
        return availability == null || availability.isUnrestricted() ? null : JSON.toJson(availability);
    }

    public static Availability read(String json) {
        return json == null || json.isBlank() ? Availability.ALWAYS : JSON.fromJson(json, Availability.class);
    }
}
