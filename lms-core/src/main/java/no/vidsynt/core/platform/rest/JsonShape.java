package no.vidsynt.core.platform.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks a parsed JSON body against the Java type a resource expects, before JSON-B binds it: JSON-B silently wraps
 * numbers that do not fit ({@code 99999999999} into an int becomes 1215752191, {@code 1e99} into a long becomes 0)
 * and reports unknown enum constants and wrong types without the field's name. Here every such value is refused with
 * the field's path ({@code unitIds[2]}, {@code inner.x}) and what it should be. Pure logic, no container.
 */
public final class JsonShape {

    private JsonShape() {}

    /** The problems of {@code value} as a {@code type}, one per wrong field; empty when it binds safely. */
    public static List<Problem.FieldError> problems(JsonValue value, Type type) {
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        check(value, type, "", errors);
        return errors;
    }

    private static void check(JsonValue value, Type type, String path, List<Problem.FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL || type == null) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class) {
            return;
        }
        String field = path.isEmpty() ? "body" : path;
        if (JsonValue.class.isAssignableFrom(raw)) {
            if (JsonObject.class.isAssignableFrom(raw) && value.getValueType() != JsonValue.ValueType.OBJECT) {
                errors.add(new Problem.FieldError(field, "must be a JSON object"));
            } else if (JsonArray.class.isAssignableFrom(raw) && value.getValueType() != JsonValue.ValueType.ARRAY) {
                errors.add(new Problem.FieldError(field, "must be a JSON array"));
            }
            return;
        }
        if (raw == String.class || raw == CharSequence.class) {
            if (value instanceof JsonObject || value instanceof JsonArray) {
                errors.add(new Problem.FieldError(field, "must be a text"));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                errors.add(new Problem.FieldError(field, "must be true or false"));
            }
        } else if (INTEGERS.containsKey(raw)) {
            wholeNumber(value, INTEGERS.get(raw), field, errors);
        } else if (raw == double.class
                || raw == Double.class
                || raw == float.class
                || raw == Float.class
                || raw == BigDecimal.class
                || raw == Number.class) {
            if (!(value instanceof JsonNumber number) || Double.isInfinite(number.doubleValue())) {
                errors.add(new Problem.FieldError(field, "must be a number"));
            }
        } else if (raw.isEnum()) {
            enumConstant(value, raw, field, errors);
        } else if (TIMES.containsKey(raw)) {
            time(value, raw, field, errors);
        } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonArray array)) {
                errors.add(new Problem.FieldError(field, "must be a JSON array"));
                return;
            }
            Type element = elementType(type);
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, field + "[" + i + "]", errors);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject object)) {
                errors.add(new Problem.FieldError(field, "must be a JSON object"));
                return;
            }
            Type valueType = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
            object.forEach((key, member) -> check(member, valueType, join(path, key), errors));
        } else if (isBean(raw)) {
            if (!(value instanceof JsonObject object)) {
                errors.add(new Problem.FieldError(field, "must be a JSON object"));
                return;
            }
            object.forEach((key, member) -> check(member, propertyType(raw, key), join(path, key), errors));
        }
    }

    private record Range(long min, long max) {}

    private static final Map<Class<?>, Range> INTEGERS = Map.of(
            int.class, new Range(Integer.MIN_VALUE, Integer.MAX_VALUE),
            Integer.class, new Range(Integer.MIN_VALUE, Integer.MAX_VALUE),
            long.class, new Range(Long.MIN_VALUE, Long.MAX_VALUE),
            Long.class, new Range(Long.MIN_VALUE, Long.MAX_VALUE),
            short.class, new Range(Short.MIN_VALUE, Short.MAX_VALUE),
            Short.class, new Range(Short.MIN_VALUE, Short.MAX_VALUE),
            byte.class, new Range(Byte.MIN_VALUE, Byte.MAX_VALUE),
            Byte.class, new Range(Byte.MIN_VALUE, Byte.MAX_VALUE));

    private static void wholeNumber(JsonValue value, Range range, String field, List<Problem.FieldError> errors) {
        String expected = "must be a whole number from " + range.min() + " to " + range.max();
        if (!(value instanceof JsonNumber number)) {
            errors.add(new Problem.FieldError(field, expected));
            return;
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
                || decimal.stripTrailingZeros().scale() > 0
                || decimal.longValue() < range.min()
                || decimal.longValue() > range.max()) {
            errors.add(new Problem.FieldError(field, expected));
        }
    }

    private static void enumConstant(JsonValue value, Class<?> type, String field, List<Problem.FieldError> errors) {
        List<String> names = Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .toList();
        if (!(value instanceof JsonString text) || !names.contains(text.getString())) {
            errors.add(new Problem.FieldError(field, "must be one of " + String.join(", ", names)));
        }
    }

    private static final Map<Class<?>, Function<String, Object>> TIMES = Map.of(
            LocalDate.class, LocalDate::parse,
            LocalDateTime.class, LocalDateTime::parse,
            LocalTime.class, LocalTime::parse,
            Instant.class, Instant::parse,
            OffsetDateTime.class, OffsetDateTime::parse,
            ZonedDateTime.class, ZonedDateTime::parse);

    private static final Map<Class<?>, String> TIME_EXAMPLES = Map.of(
            LocalDate.class, "2026-03-01",
            LocalDateTime.class, "2026-03-01T09:00",
            LocalTime.class, "09:00",
            Instant.class, "2026-03-01T08:00:00Z",
            OffsetDateTime.class, "2026-03-01T09:00:00+01:00",
            ZonedDateTime.class, "2026-03-01T09:00:00+01:00");

    private static void time(JsonValue value, Class<?> type, String field, List<Problem.FieldError> errors) {
        String expected = "must be written like " + TIME_EXAMPLES.get(type);
        if (!(value instanceof JsonString text)) {
            errors.add(new Problem.FieldError(field, expected));
            return;
        }
        try {
            TIMES.get(type).apply(text.getString());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, expected));
        }
    }

    /** Our own request types: records and classes with fields, never the JDK's or a library's. */
    private static boolean isBean(Class<?> type) {
        return !type.isPrimitive() && !type.isInterface() && type.getName().startsWith("no.vidsynt.");
    }

    private static Type propertyType(Class<?> type, String name) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getName().equals(name))
                    .map(RecordComponent::getGenericType)
                    .findFirst()
                    .orElse(null);
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(setter)
                        && method.getParameterCount() == 1
                        && Modifier.isPublic(method.getModifiers())) {
                    return method.getGenericParameterTypes()[0];
                }
            }
            try {
                Field f = c.getDeclaredField(name);
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                    return f.getGenericType();
                }
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return null;
    }

    private static Type elementType(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        return Object.class;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
