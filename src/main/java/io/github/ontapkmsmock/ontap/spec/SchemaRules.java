package io.github.ontapkmsmock.ontap.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The constraints of a spec's schemas checked on a JSON value: {@code required}, {@code maxLength},
 * {@code minimum}/{@code maximum} (and their exclusive forms). They are read from the spec when a value is checked,
 * not compiled into the generated models as bean validation (whose metadata Hibernate Validator built for every model
 * at every start, a third of the start-up). The violations are those bean validation reported, with its paths
 * ({@code external.servers[0].server}, Java property names) and its messages, so the errors built from them are the
 * same.
 */
public final class SchemaRules {

    /**
     * A rule a value breaks. {@code path} names the Java properties with list indexes, as bean validation's path did
     * ({@code external.servers[0].server}); {@code properties} are its property names alone.
     */
    public record Violation(String path, List<String> properties, Rule rule, String limit) {

        /** The field in an error of the API, as the JSON names it, without list indexes: {@code external.servers.server}. */
        public String field() {
            return String.join(".", properties.stream().map(p -> p.equals("links") ? "_links" : snake(p)).toList());
        }

        /** The path with the JSON's words for the properties, indexes kept: {@code external.servers[0].server}. */
        public String snakePath() {
            return snake(path);
        }

        /** Bean validation's own words for the rule ({@code must be less than or equal to 120}). */
        public String message() {
            return switch (rule) {
                case REQUIRED -> "must not be null";
                case MAX_LENGTH -> "size must be between 0 and " + limit;
                case MINIMUM -> "must be greater than or equal to " + limit;
                case MAXIMUM -> "must be less than or equal to " + limit;
                case EXCLUSIVE_MINIMUM -> "must be greater than " + limit;
                case EXCLUSIVE_MAXIMUM -> "must be less than " + limit;
            };
        }
    }

    public enum Rule {
        REQUIRED, MAX_LENGTH, MINIMUM, MAXIMUM, EXCLUSIVE_MINIMUM, EXCLUSIVE_MAXIMUM
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** Bean validation's name for an element of a list of scalars. */
    private static final String LIST_ELEMENT = "<list element>";
    private static final int MAX_DEPTH = 16;

    private final JsonNode root;
    private final UnaryOperator<JsonNode> resolver;
    private final Map<String, Optional<JsonNode>> schemasByClass = new ConcurrentHashMap<>();

    /**
     * @param root     the spec document
     * @param resolver follows the document's {@code $ref}s
     */
    public SchemaRules(JsonNode root, UnaryOperator<JsonNode> resolver) {
        this.root = root;
        this.resolver = resolver;
    }

    /**
     * The component schema a generated model class was made from: {@code AwsKmsCreate} from {@code aws_kms_create}
     * (the generator's names), none when the class comes from no schema of this spec.
     */
    public Optional<JsonNode> schemaOf(Class<?> model) {
        return schemasByClass.computeIfAbsent(model.getSimpleName(), name -> {
            for (var it = root.path("components").path("schemas").fields(); it.hasNext();) {
                var schema = it.next();
                if (className(schema.getKey()).equals(name)) {
                    return Optional.of(schema.getValue());
                }
            }
            return Optional.empty();
        });
    }

    /** Every rule the value breaks, in the order of their paths (the first is the one a request is refused for). */
    public List<Violation> check(JsonNode schema, JsonNode value) {
        List<Violation> found = new ArrayList<>();
        walk(schema, value, "", List.of(), found, 0);
        found.sort(Comparator.comparing(Violation::path));
        return found;
    }

    /** The rules of one property of a schema, checked on a value the model does not show (a write-only secret). */
    public List<Violation> checkProperty(JsonNode schema, String javaName, JsonNode value) {
        List<Violation> found = new ArrayList<>();
        for (JsonNode part : allOf(schema)) {
            part.path("properties").fields().forEachRemaining(p -> {
                if (javaName(p.getKey()).equals(javaName) && present(value)) {
                    scalar(resolver.apply(p.getValue()), value, javaName, List.of(javaName), found);
                }
            });
        }
        return found;
    }

    private void walk(JsonNode schema, JsonNode value, String path, List<String> names, List<Violation> found,
            int depth) {
        if (depth > MAX_DEPTH || !value.isObject()) {
            return;
        }
        List<JsonNode> parts = allOf(schema);
        List<String> required = new ArrayList<>();
        parts.forEach(part -> part.path("required").forEach(r -> required.add(r.asText())));
        for (JsonNode part : parts) {
            part.path("properties").fields().forEachRemaining(p -> {
                String at = path + javaName(p.getKey());
                List<String> here = with(names, javaName(p.getKey()));
                JsonNode property = resolver.apply(p.getValue());
                JsonNode given = value.get(p.getKey());
                if (!present(given)) {
                    // a generated field with a default value is never null
                    if (required.contains(p.getKey()) && !property.has("default")) {
                        found.add(new Violation(at, here, Rule.REQUIRED, null));
                    }
                    return;
                }
                property(property, given, at, here, found, depth);
            });
        }
    }

    private void property(JsonNode schema, JsonNode value, String at, List<String> names, List<Violation> found,
            int depth) {
        if (schema.has("items")) {
            if (!value.isArray()) {
                return;
            }
            JsonNode items = resolver.apply(schema.get("items"));
            for (int i = 0; i < value.size(); i++) {
                JsonNode element = value.get(i);
                if (isObject(items)) {
                    walk(items, element, at + "[" + i + "].", names, found, depth + 1);
                } else if (present(element)) {
                    scalar(items, element, at + "[" + i + "]." + LIST_ELEMENT, with(names, LIST_ELEMENT), found);
                }
            }
        } else if (isObject(schema)) {
            walk(schema, value, at + ".", names, found, depth + 1);
        } else {
            scalar(schema, value, at, names, found);
        }
    }

    /** The constraints of a scalar; an enumeration's values are checked by reading it, not here. */
    private static void scalar(JsonNode schema, JsonNode value, String at, List<String> names,
            List<Violation> found) {
        if (value.isTextual() && schema.has("maxLength") && !schema.has("enum")
                && value.textValue().length() > schema.get("maxLength").asInt()) {
            found.add(new Violation(at, names, Rule.MAX_LENGTH, schema.get("maxLength").asText()));
        }
        if (!value.isNumber()) {
            return;
        }
        BigDecimal number = value.decimalValue();
        // OpenAPI 3.0: exclusiveMinimum/exclusiveMaximum are flags on minimum/maximum
        boolean exclusiveMin = schema.path("exclusiveMinimum").asBoolean(false);
        boolean exclusiveMax = schema.path("exclusiveMaximum").asBoolean(false);
        if (schema.has("minimum")) {
            int c = number.compareTo(schema.get("minimum").decimalValue());
            if (c < 0 || exclusiveMin && c == 0) {
                found.add(new Violation(at, names, exclusiveMin ? Rule.EXCLUSIVE_MINIMUM : Rule.MINIMUM,
                        schema.get("minimum").asText()));
            }
        }
        if (schema.has("maximum")) {
            int c = number.compareTo(schema.get("maximum").decimalValue());
            if (c > 0 || exclusiveMax && c == 0) {
                found.add(new Violation(at, names, exclusiveMax ? Rule.EXCLUSIVE_MAXIMUM : Rule.MAXIMUM,
                        schema.get("maximum").asText()));
            }
        }
    }

    private boolean isObject(JsonNode schema) {
        return schema.has("properties") || schema.has("allOf") || "object".equals(schema.path("type").asText());
    }

    private List<JsonNode> allOf(JsonNode schema) {
        List<JsonNode> parts = new ArrayList<>();
        JsonNode resolved = resolver.apply(schema);
        parts.add(resolved);
        resolved.path("allOf").forEach(p -> parts.addAll(allOf(p)));
        return parts;
    }

    private static List<String> with(List<String> names, String name) {
        List<String> out = new ArrayList<>(names);
        out.add(name);
        return List.copyOf(out);
    }

    private static boolean present(JsonNode value) {
        return value != null && !value.isNull() && !value.isMissingNode();
    }

    /** The generator's Java name of a property: {@code secret_access_key} is {@code secretAccessKey}. */
    static String javaName(String jsonName) {
        String name = className(jsonName);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The generator's class name of a schema: {@code aws_kms_create} is {@code AwsKmsCreate}. */
    static String className(String schemaName) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : schemaName.toCharArray()) {
            if (c == '_' || c == '-' || c == '.' || c == ' ') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
