package no.vidsynt.core.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

    enum Rule {
        ALL,
        SOME
    }

    record Inner(long x) {}

    record Body(
            int count,
            Long courseId,
            Rule rule,
            LocalDate date,
            String name,
            Inner inner,
            List<Long> ids,
            boolean flag) {}

    /** A class with public fields, like the API's request classes. */
    public static class Request {
        public Integer completionCount;
        public Rule completionRule;
    }

    private static List<String> fields(String json, Class<?> type) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        return JsonShape.problems(value, type).stream()
                .map(Problem.FieldError::field)
                .toList();
    }

    @Test
    void aWellFormedBodyHasNoProblems() {
        assertThat(fields(
                        "{\"count\":3,\"courseId\":9007199254740993,\"rule\":\"ALL\",\"date\":\"2026-03-01\","
                                + "\"name\":\"x\",\"inner\":{\"x\":5},\"ids\":[1,2],\"flag\":true,\"unknown\":[]}",
                        Body.class))
                .isEmpty();
        assertThat(fields("{\"count\":null,\"courseId\":null}", Body.class)).isEmpty();
    }

    @Test
    void numbersThatDoNotFitAreRefusedNotWrapped() {
        assertThat(fields("{\"count\":99999999999}", Body.class)).containsExactly("count");
        assertThat(fields("{\"courseId\":1e99}", Body.class)).containsExactly("courseId");
        assertThat(fields("{\"count\":1.5}", Body.class)).containsExactly("count");
        assertThat(fields("{\"count\":2.0}", Body.class)).isEmpty();
        assertThat(fields("{\"completionCount\":99999999999}", Request.class)).containsExactly("completionCount");
        assertThat(fields("{\"inner\":{\"x\":1e99}}", Body.class)).containsExactly("inner.x");
        assertThat(fields("{\"ids\":[1,1e40]}", Body.class)).containsExactly("ids[1]");
    }

    @Test
    void wrongTypesUnknownConstantsAndOtherDateFormatsNameTheField() {
        assertThat(fields("{\"completionRule\":\"SOMETIMES\"}", Request.class)).containsExactly("completionRule");
        assertThat(fields("{\"count\":\"x\"}", Body.class)).containsExactly("count");
        assertThat(fields("{\"date\":\"01.03.2026\"}", Body.class)).containsExactly("date");
        assertThat(fields("{\"flag\":\"yes\"}", Body.class)).containsExactly("flag");
        assertThat(fields("{\"name\":{}}", Body.class)).containsExactly("name");
        assertThat(fields("{\"ids\":5}", Body.class)).containsExactly("ids");
        assertThat(fields("[]", Body.class)).containsExactly("body");
        assertThat(fields("\"text\"", Request.class)).containsExactly("body");
    }
}
