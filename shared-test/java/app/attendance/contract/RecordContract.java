package app.attendance.contract;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Compares a Java record that a client reads with the schema an OpenAPI document publishes for it:
 * every component must be a property of the schema with a compatible JSON type (an {@code int} for an
 * {@code integer}, never for a {@code number}; an enum must know every value the schema lists),
 * recursively through nested records and lists. Extra schema properties are fine: a client may read
 * a subset.
 */
public final class RecordContract {

    private final Schemas schemas;

    public RecordContract(JsonNode openApi) {
        this.schemas = new Schemas(openApi);
    }

    /** The differences between the record and the named schema; empty when the record fits. */
    public List<String> differences(Class<?> record, String schemaName) {
        List<String> out = new ArrayList<>();
        JsonNode schema = schemas.named(schemaName);
        if (schema == null) {
            out.add(record.getSimpleName() + ": the document has no schema " + schemaName);
            return out;
        }
        compareRecord(record, schema, record.getSimpleName(), out);
        return out;
    }

    private void compareRecord(Class<?> record, JsonNode schema, String at, List<String> out) {
        JsonNode properties = schemas.resolve(schema).path("properties");
        for (RecordComponent c : record.getRecordComponents()) {
            JsonNode property = properties.get(c.getName());
            if (property == null) {
                out.add(at + "." + c.getName() + ": not in the document (properties: " + Schemas.names(properties) + ")");
                continue;
            }
            compare(c.getGenericType(), property, at + "." + c.getName(), out);
        }
    }

    private void compare(Type type, JsonNode property, String at, List<String> out) {
        JsonNode p = schemas.resolve(property);
        Set<String> jsonTypes = Schemas.types(p);
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            expect(jsonTypes, "object", raw, at, out);
            compareRecord(raw, p, at, out);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            expect(jsonTypes, "array", raw, at, out);
            Type item = raw.isArray() ? raw.getComponentType()
                    : ((ParameterizedType) type).getActualTypeArguments()[0];
            compare(item, p.path("items"), at + "[]", out);
        } else if (Map.class.isAssignableFrom(raw)) {
            expect(jsonTypes, "object", raw, at, out);
        } else if (raw.isEnum()) {
            expect(jsonTypes, "string", raw, at, out);
            Set<String> known = new TreeSet<>();
            Arrays.stream(raw.getEnumConstants()).forEach(e -> known.add(((Enum<?>) e).name()));
            p.path("enum").forEach(v -> {
                if (!known.contains(v.asString())) {
                    out.add(at + ": the document may send " + v.asString() + ", unknown to " + raw.getSimpleName());
                }
            });
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class) {
            expect(jsonTypes, "integer", raw, at, out);
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            if (!jsonTypes.contains("number") && !jsonTypes.contains("integer")) {
                out.add(at + ": " + raw.getSimpleName() + " but the document says " + jsonTypes);
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            expect(jsonTypes, "boolean", raw, at, out);
        } else if (raw == String.class || raw == LocalDate.class || raw == LocalTime.class || raw == Instant.class
                || raw == LocalDateTime.class || raw == OffsetDateTime.class || raw == java.time.DayOfWeek.class) {
            expect(jsonTypes, "string", raw, at, out);
        }
    }

    private static void expect(Set<String> jsonTypes, String wanted, Class<?> raw, String at, List<String> out) {
        if (!jsonTypes.isEmpty() && !jsonTypes.contains(wanted)) {
            out.add(at + ": " + raw.getSimpleName() + " reads " + wanted + " but the document says " + jsonTypes);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
