package no.vidsynt.core.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Reads every JSON request body once before JSON-B binds it, and refuses with 400 what JSON-B would turn into a 500
 * or, worse, silently into another value: text that is not JSON, an array where an object belongs, wrong types,
 * unknown enum constants, dates in another format, and numbers that do not fit (see {@link JsonShape}).
 */
@Provider
public class JsonBodyCheck implements ReaderInterceptor {

    /** Bodies above this are not JSON requests of this API (uploads have their own types). */
    private static final int MAX_JSON_BYTES = 4 * 1024 * 1024;

    /**
     * How much of a too large body is read and thrown away before the refusal. A server that answers while the
     * client is still sending closes the connection under it, and the client sees a broken connection instead of
     * the problem document; past this bound it does.
     */
    private static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !isJson(type)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_JSON_BYTES + 1);
        if (body.length > MAX_JSON_BYTES) {
            drain(context.getInputStream());
            throw new InvalidBody(
                    "The body is too large.",
                    List.of(new Problem.FieldError("body", "must be at most " + MAX_JSON_BYTES + " bytes")));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        if (body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return context.proceed();
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new InvalidBody(
                    "The body is not valid JSON.",
                    List.of(new Problem.FieldError(
                            "body",
                            "is not valid JSON (line " + e.getLocation().getLineNumber() + ", column "
                                    + e.getLocation().getColumnNumber() + ")")));
        } catch (JsonException e) {
            throw new InvalidBody(
                    "The body is not valid JSON.", List.of(new Problem.FieldError("body", "is not valid JSON")));
        }
        List<Problem.FieldError> problems = JsonShape.problems(value, context.getGenericType());
        if (!problems.isEmpty()) {
            throw new InvalidBody("The request has invalid fields.", problems);
        }
        return context.proceed();
    }

    private static void drain(java.io.InputStream rest) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        int read;
        while (drained < MAX_DRAINED_BYTES && (read = rest.read(buffer)) > 0) {
            drained += read;
        }
    }

    private static boolean isJson(MediaType type) {
        return "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }
}
