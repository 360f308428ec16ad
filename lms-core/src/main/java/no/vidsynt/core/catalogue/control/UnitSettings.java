package no.vidsynt.core.catalogue.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A unit type's own settings, kept as a JSON object in {@code course_unit.settings} (a task's is
 * {@code {"text": "..."}}). The editor's type fragments edit the text members; other members are kept as they are.
 */
public final class UnitSettings {

    /** The most characters a unit's settings may hold. */
    public static final int MAX_LENGTH = 60_000;

    private UnitSettings() {}

    /** The settings as a JSON object, or empty when the text is not one. */
    public static Optional<JsonObject> parse(String json) {
        if (json == null || json.isBlank()) {
            return Optional.of(JsonValue.EMPTY_JSON_OBJECT);
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (JsonParsingException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The text members, for editing in a form. */
    public static Map<String, String> texts(String json) {
        Map<String, String> texts = new LinkedHashMap<>();
        parse(json).orElse(JsonValue.EMPTY_JSON_OBJECT).forEach((key, value) -> {
            if (value instanceof JsonString text) {
                texts.put(key, text.getString());
            }
        });
        return texts;
    }

    /** The settings with these text members replaced (null or blank removes a member). */
    public static String withTexts(String json, Map<String, String> texts) {
        JsonObjectBuilder builder = Json.createObjectBuilder(parse(json).orElse(JsonValue.EMPTY_JSON_OBJECT));
        texts.forEach((key, value) -> {
            if (value == null || value.isBlank()) {
                builder.remove(key);
            } else {
                builder.add(key, value.strip());
            }
        });
        return builder.build().toString();
    }
}
