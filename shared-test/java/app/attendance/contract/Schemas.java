package app.attendance.contract;

import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The schemas of an OpenAPI document ({@code components.schemas}) and the two questions every
 * comparison with them asks: what a schema really is once references and single-member
 * compositions are followed, and which JSON types it allows.
 */
final class Schemas {

    private final JsonNode schemas;

    Schemas(JsonNode openApi) {
        this.schemas = openApi.path("components").path("schemas");
    }

    /** The named schema, or null when the document has none by that name. */
    JsonNode named(String name) {
        return schemas.get(name);
    }

    /**
     * The schema itself: {@code $ref} followed, a one-member {@code allOf} unwrapped, and of a
     * {@code oneOf}/{@code anyOf} the last alternative that is not {@code null}.
     */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 10; hops++) {
            if (current.has("$ref")) {
                String ref = current.get("$ref").asString();
                current = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (current.has("allOf") && current.get("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else if (current.has("oneOf") || current.has("anyOf")) {
                JsonNode alternatives = current.has("oneOf") ? current.get("oneOf") : current.get("anyOf");
                JsonNode next = null;
                for (JsonNode a : alternatives) {
                    if (!"null".equals(a.path("type").asString(""))) {
                        next = a;
                    }
                }
                if (next == null) {
                    return current;
                }
                current = next;
            } else {
                return current;
            }
        }
        return current;
    }

    /** The JSON types a resolved schema allows, without {@code null}; empty when it says nothing. */
    static Set<String> types(JsonNode schema) {
        Set<String> out = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> out.add(t.asString()));
        } else if (type.isString()) {
            out.add(type.asString());
        } else if (schema.has("properties")) {
            out.add("object");
        }
        out.remove("null");
        return out;
    }

    /** The property names of a schema's {@code properties}, comma-separated, for messages. */
    static String names(JsonNode properties) {
        Set<String> out = new TreeSet<>();
        properties.propertyNames().forEach(out::add);
        return String.join(", ", out);
    }
}
