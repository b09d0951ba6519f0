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
 * {@code minimum}/{@code maximum} (and their exclusive forms). A schema's rules are read from the spec when a value of
 * it is first checked, and kept: not compiled into the generated models as bean validation (whose metadata Hibernate
 * Validator built for every model at every start, a third of the start-up). The violations are those bean validation reported, with its paths
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
    private final Map<String, Optional<ObjectRules>> rulesByClass = new ConcurrentHashMap<>();

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
        for (var it = root.path("components").path("schemas").fields(); it.hasNext();) {
            var schema = it.next();
            if (className(schema.getKey()).equals(model.getSimpleName())) {
                return Optional.of(schema.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * Every rule a value of the model's schema breaks, in the order of their paths (the first is the one a request is
     * refused for); none when the class comes from no schema of this spec.
     */
    public List<Violation> check(Class<?> model, JsonNode value) {
        List<Violation> found = new ArrayList<>();
        rulesOf(model).ifPresent(rules -> walk(rules, value, null, found));
        found.sort(Comparator.comparing(Violation::path));
        return found;
    }

    /** The rules of one property of the model, checked on a value the model does not show (a write-only secret). */
    public List<Violation> checkProperty(Class<?> model, String javaName, JsonNode value) {
        List<Violation> found = new ArrayList<>();
        rulesOf(model).ifPresent(rules -> rules.properties().stream().filter(p -> p.java().equals(javaName))
                .filter(p -> present(value)).forEach(p -> scalar(p, value, new Step(null, javaName, -1), found)));
        return found;
    }

    /** Whether the class comes from a schema of this spec (else {@link #check} finds nothing to check). */
    public boolean covers(Class<?> model) {
        return rulesOf(model).isPresent();
    }

    private Optional<ObjectRules> rulesOf(Class<?> model) {
        return rulesByClass.computeIfAbsent(model.getName(), name -> schemaOf(model).map(s -> compile(s, 0)));
    }

    // ---------------------------------------------------------------- the rules of a schema, read once

    /** A property's rules; {@code object} for an object (or a list of objects), {@code array} for a list. */
    private record PropertyRules(String json, String java, boolean required, boolean array, ObjectRules object,
            Integer maxLength, JsonNode minimum, boolean exclusiveMinimum, JsonNode maximum,
            boolean exclusiveMaximum) {
    }

    private record ObjectRules(List<PropertyRules> properties) {
    }

    private ObjectRules compile(JsonNode schema, int depth) {
        List<JsonNode> parts = allOf(schema);
        List<String> required = new ArrayList<>();
        parts.forEach(part -> part.path("required").forEach(r -> required.add(r.asText())));
        List<PropertyRules> properties = new ArrayList<>();
        for (JsonNode part : parts) {
            part.path("properties").fields().forEachRemaining(p -> {
                JsonNode property = resolver.apply(p.getValue());
                boolean array = property.has("items");
                JsonNode value = array ? resolver.apply(property.get("items")) : property;
                ObjectRules object = isObject(value) && depth < MAX_DEPTH ? compile(value, depth + 1) : null;
                // a generated field with a default value is never null
                boolean mandatory = required.contains(p.getKey()) && !property.has("default");
                // an enumeration's values are checked by reading it, not here
                Integer maxLength = value.has("maxLength") && !value.has("enum") ? value.get("maxLength").asInt()
                        : null;
                properties.add(new PropertyRules(p.getKey(), javaName(p.getKey()), mandatory, array, object,
                        maxLength, value.get("minimum"), value.path("exclusiveMinimum").asBoolean(false),
                        value.get("maximum"), value.path("exclusiveMaximum").asBoolean(false)));
            });
        }
        return new ObjectRules(List.copyOf(properties));
    }

    // ---------------------------------------------------------------- checking a value

    /** A step of the path to a value, turned into words only for a violation. */
    private record Step(Step parent, String name, int index) {

        Violation violation(Rule rule, String limit) {
            List<Step> steps = new ArrayList<>();
            for (Step s = this; s != null; s = s.parent) {
                steps.add(0, s);
            }
            StringBuilder path = new StringBuilder();
            List<String> names = new ArrayList<>();
            for (Step s : steps) {
                path.append(path.isEmpty() ? "" : ".").append(s.name).append(s.index < 0 ? "" : "[" + s.index + "]");
                names.add(s.name);
            }
            return new Violation(path.toString(), List.copyOf(names), rule, limit);
        }
    }

    private static void walk(ObjectRules rules, JsonNode value, Step parent, List<Violation> found) {
        if (!value.isObject()) {
            return;
        }
        for (PropertyRules p : rules.properties()) {
            JsonNode given = value.get(p.json());
            if (!present(given)) {
                if (p.required()) {
                    found.add(new Step(parent, p.java(), -1).violation(Rule.REQUIRED, null));
                }
            } else if (p.array()) {
                for (int i = 0; given.isArray() && i < given.size(); i++) {
                    Step element = new Step(parent, p.java(), i);
                    if (p.object() != null) {
                        walk(p.object(), given.get(i), element, found);
                    } else if (present(given.get(i))) {
                        scalar(p, given.get(i), new Step(element, LIST_ELEMENT, -1), found);
                    }
                }
            } else if (p.object() != null) {
                walk(p.object(), given, new Step(parent, p.java(), -1), found);
            } else {
                scalar(p, given, new Step(parent, p.java(), -1), found);
            }
        }
    }

    private static void scalar(PropertyRules p, JsonNode value, Step at, List<Violation> found) {
        if (value.isTextual() && p.maxLength() != null && value.textValue().length() > p.maxLength()) {
            found.add(at.violation(Rule.MAX_LENGTH, String.valueOf(p.maxLength())));
        }
        if (!value.isNumber()) {
            return;
        }
        BigDecimal number = value.decimalValue();
        // OpenAPI 3.0: exclusiveMinimum/exclusiveMaximum are flags on minimum/maximum
        if (p.minimum() != null) {
            int c = number.compareTo(p.minimum().decimalValue());
            if (c < 0 || p.exclusiveMinimum() && c == 0) {
                found.add(at.violation(p.exclusiveMinimum() ? Rule.EXCLUSIVE_MINIMUM : Rule.MINIMUM,
                        p.minimum().asText()));
            }
        }
        if (p.maximum() != null) {
            int c = number.compareTo(p.maximum().decimalValue());
            if (c > 0 || p.exclusiveMaximum() && c == 0) {
                found.add(at.violation(p.exclusiveMaximum() ? Rule.EXCLUSIVE_MAXIMUM : Rule.MAXIMUM,
                        p.maximum().asText()));
            }
        }
    }

    private static boolean isObject(JsonNode schema) {
        return schema.has("properties") || schema.has("allOf") || "object".equals(schema.path("type").asText());
    }

    private List<JsonNode> allOf(JsonNode schema) {
        List<JsonNode> parts = new ArrayList<>();
        JsonNode resolved = resolver.apply(schema);
        parts.add(resolved);
        resolved.path("allOf").forEach(p -> parts.addAll(allOf(p)));
        return parts;
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
