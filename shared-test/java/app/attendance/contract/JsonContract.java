package app.attendance.contract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Holds a JSON body that stands in for an API's answer (a test fake's canned JSON) against the OpenAPI
 * document of that API: the operation must exist, and the body must fit the schema of its success
 * response. Fitting means every property the schema requires is there, every value has the schema's JSON
 * type ({@code integer} for {@code integer}, an {@code integer} or a fraction for {@code number}), lies
 * in its {@code enum} and reads as its {@code date}/{@code date-time} format, and no object carries a
 * property its schema does not know, recursively through objects and arrays. A {@code null} fits any
 * property the schema does not require, as the document marks none nullable.
 */
public final class JsonContract {

    private final JsonNode paths;
    private final Schemas schemas;

    public JsonContract(JsonNode openApi) {
        this.paths = openApi.path("paths");
        this.schemas = new Schemas(openApi);
    }

    /**
     * The differences between a success answer's body (null for none) of method on a concrete path (e.g.
     * {@code GET /api/rooms/4}) and what the document says that operation answers; empty when it fits.
     */
    public List<String> differences(String method, String path, JsonNode body) {
        List<String> out = new ArrayList<>();
        String at = method + " " + path;
        Optional<JsonNode> operation = template(path).map(t -> paths.path(t).get(method.toLowerCase()));
        if (operation.isEmpty() || operation.get() == null) {
            out.add(at + ": the document has no such operation");
            return out;
        }
        JsonNode schema = successSchema(operation.get());
        if (schema == null) {
            if (body != null) {
                out.add(at + ": the document answers no body, the fake answers " + jsonType(body));
            }
            return out;
        }
        if (body == null) {
            out.add(at + ": the document answers a body, the fake answers none");
            return out;
        }
        check(body, schema, at, out);
        return out;
    }

    /** The differences between a JSON value and a schema of the document; empty when it fits. */
    public List<String> differences(JsonNode value, JsonNode schema, String at) {
        List<String> out = new ArrayList<>();
        check(value, schema, at, out);
        return out;
    }

    /** The document's path template a concrete path falls under, the one with the fewest variables. */
    private Optional<String> template(String path) {
        List<String> matching = new ArrayList<>();
        paths.propertyNames().forEach(t -> {
            String regex = Pattern.quote(t).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex)) {
                matching.add(t);
            }
        });
        return matching.stream().min(Comparator.comparingLong(t -> t.chars().filter(c -> c == '{').count()));
    }

    /** The schema of the operation's first 2xx response that has a body, or null when none has. */
    private static JsonNode successSchema(JsonNode operation) {
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            if (response.getKey().startsWith("2")) {
                for (Map.Entry<String, JsonNode> content : response.getValue().path("content").properties()) {
                    if (content.getValue().has("schema")) {
                        return content.getValue().get("schema");
                    }
                }
            }
        }
        return null;
    }

    private void check(JsonNode value, JsonNode schemaNode, String at, List<String> out) {
        if (value.isNull()) {
            return;
        }
        JsonNode schema = schemas.resolve(schemaNode);
        Set<String> types = Schemas.types(schema);
        String type = jsonType(value);
        if (!types.isEmpty() && !types.contains(type) && !(type.equals("integer") && types.contains("number"))) {
            out.add(at + ": " + type + " " + value + " but the document says " + types);
            return;
        }
        if (value.isString()) {
            checkString(value.asString(), schema, at, out);
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.path("items"), at + "[" + i + "]", out);
            }
        } else if (value.isObject()) {
            checkObject(value, schema, at, out);
        }
    }

    private static void checkString(String value, JsonNode schema, String at, List<String> out) {
        if (schema.has("enum")) {
            List<String> allowed = new ArrayList<>();
            schema.get("enum").forEach(v -> allowed.add(v.asString()));
            if (!allowed.contains(value)) {
                out.add(at + ": \"" + value + "\" is none of " + allowed);
            }
        }
        try {
            switch (schema.path("format").asString("")) {
                case "date" -> LocalDate.parse(value);
                case "date-time" -> OffsetDateTime.parse(value);
                default -> {
                }
            }
        } catch (DateTimeParseException e) {
            out.add(at + ": \"" + value + "\" is no " + schema.path("format").asString());
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String at, List<String> out) {
        JsonNode properties = schema.path("properties");
        schema.path("required").forEach(name -> {
            if (!value.has(name.asString())) {
                out.add(at + "." + name.asString() + ": required, missing");
            }
        });
        JsonNode additional = schema.get("additionalProperties");
        boolean freeForm = properties.isEmpty() && (additional == null || additional.asBoolean(true));
        for (Map.Entry<String, JsonNode> property : value.properties()) {
            JsonNode propertySchema = properties.get(property.getKey());
            if (propertySchema == null && additional != null && additional.isObject()) {
                propertySchema = additional;
            }
            if (propertySchema != null) {
                check(property.getValue(), propertySchema, at + "." + property.getKey(), out);
            } else if (!freeForm) {
                out.add(at + "." + property.getKey() + ": not in the document (properties: "
                        + Schemas.names(properties) + ")");
            }
        }
    }

    private static String jsonType(JsonNode value) {
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isString()) {
            return "string";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return value.isArray() ? "array" : value.isObject() ? "object" : "null";
    }
}
