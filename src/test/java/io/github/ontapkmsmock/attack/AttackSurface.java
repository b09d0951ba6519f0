package io.github.ontapkmsmock.attack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.ontap.spec.FieldTree;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.testing.OntapTest;
import io.restassured.RestAssured;

/**
 * What an attacker can aim at, read from the spec with the parser the mock uses ({@link OntapSpec}): every
 * operation with its path parameters, its shared query parameters ({@code $ref}s to
 * {@code #/components/parameters}, the filters being inline), its request body schema (properties through
 * {@code allOf}, read-only and write-only marks, types, limits) and a body made of the spec's examples.
 */
public final class AttackSurface {

    public static final OntapSpec SPEC = OntapSpec.load();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 4;
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** A well-formed UUID no record has, for a path whose records cannot be listed. */
    public static final String NO_RECORD = "00000000-0000-4000-8000-000000000000";

    private AttackSurface() {
    }

    /** A query parameter the operation shares with others: name and schema. */
    public record Parameter(String name, JsonNode schema) {

        String type() {
            return schema.path("type").asText("string");
        }
    }

    /** A settable property of a request body: where it sits (names, and 0 for an array's element) and its schema. */
    public record Property(List<Object> path, JsonNode schema) {

        public String dotted() {
            StringBuilder b = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer i) {
                    b.append('[').append(i).append(']');
                } else {
                    b.append(b.length() == 0 ? "" : ".").append(step);
                }
            }
            return b.toString();
        }
    }

    /** One operation of the spec as the attack sees it. */
    public record Target(SpecOperation op, List<String> pathParameters, List<Parameter> queryParameters,
            Optional<JsonNode> bodySchema) {

        public String id() {
            return op.operationId();
        }

        public boolean takesBody() {
            return bodySchema.isPresent();
        }

        /** A PATCH or DELETE of the records a query selects (on a collection path). */
        public boolean queryBased() {
            return ("PATCH".equals(op.method()) || "DELETE".equals(op.method())) && !op.pathTemplate().endsWith("}")
                    && SPEC.operations().stream().anyMatch(get -> "GET".equals(get.method()) && get.collection()
                            && get.pathTemplate().equals(op.pathTemplate()));
        }

        /** The settable properties of the body, nested ones included. */
        public List<Property> properties() {
            List<Property> found = new ArrayList<>();
            bodySchema.ifPresent(schema -> collect(schema, new ArrayList<>(), found, 0));
            return found;
        }

        /** Known fields of the record the operation addresses that its body may not set (read-only ones). */
        List<String> readOnlyFields() {
            List<String> fields = new ArrayList<>();
            Map<String, JsonNode> settable = bodySchema.map(AttackSurface::properties).orElse(Map.of());
            bodySchema.map(AttackSurface::properties).orElse(Map.of()).forEach((name, schema) -> {
                if (readOnly(schema)) {
                    fields.add(name);
                }
            });
            SPEC.recordsAt(op.pathTemplate()).or(() -> SPEC.recordsAt(collectionOf(op.pathTemplate())))
                    .map(FieldTree::children).orElse(Map.of()).keySet().stream()
                    .filter(name -> !settable.containsKey(name) && !fields.contains(name)).forEach(fields::add);
            return fields;
        }

        /** A body of the spec's examples for every settable property. */
        public ObjectNode exampleBody() {
            return bodySchema.map(schema -> (ObjectNode) example(schema, 0)).orElseGet(JSON::objectNode);
        }
    }

    public static List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (SpecOperation op : SPEC.operations()) {
            JsonNode node = SPEC.node(op);
            List<String> pathParameters = new ArrayList<>();
            Matcher m = PARAMETER.matcher(op.pathTemplate());
            while (m.find()) {
                pathParameters.add(m.group(1));
            }
            List<Parameter> query = new ArrayList<>();
            for (JsonNode p : node.path("parameters")) {
                JsonNode resolved = SPEC.resolve(p);
                if (p.has("$ref") && "query".equals(resolved.path("in").asText())) {
                    query.add(new Parameter(resolved.path("name").asText(), SPEC.resolve(resolved.path("schema"))));
                }
            }
            JsonNode content = node.path("requestBody").path("content");
            Optional<JsonNode> body = content.isMissingNode() || !content.elements().hasNext() ? Optional.empty()
                    : Optional.of(SPEC.resolve(content.elements().next().path("schema")));
            targets.add(new Target(op, List.copyOf(pathParameters), List.copyOf(query), body));
        }
        targets.sort((a, b) -> a.id().compareTo(b.id()));
        return targets;
    }

    /** The properties of an object schema, those of its {@code allOf} parts included. */
    static Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> props = new LinkedHashMap<>();
        JsonNode resolved = SPEC.resolve(schema);
        resolved.path("allOf").forEach(part -> props.putAll(properties(part)));
        resolved.path("properties").fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue()));
        return props;
    }

    /** The JSON type of a property: string, integer, number, boolean, array or object. */
    static String type(JsonNode schema) {
        JsonNode resolved = SPEC.resolve(schema);
        if (resolved.has("type")) {
            return resolved.get("type").asText();
        }
        for (JsonNode part : resolved.path("allOf")) {
            String t = type(part);
            if (!t.equals("object") || !properties(part).isEmpty()) {
                return t;
            }
        }
        return "object";
    }

    static boolean readOnly(JsonNode schema) {
        return schema.path("readOnly").asBoolean(false) || SPEC.resolve(schema).path("readOnly").asBoolean(false);
    }

    static boolean isEnum(JsonNode schema) {
        JsonNode resolved = SPEC.resolve(schema);
        return resolved.has("enum") || resolved.path("allOf").findValue("enum") != null;
    }

    /**
     * The limit a family enforces itself, with a code of its page ({@code x-ontap-max-length}, as the onboard
     * passphrase's 32-256), when the spec marks one.
     */
    static Optional<Integer> familyMaxLength(JsonNode schema) {
        JsonNode max = SPEC.resolve(schema).findValue("x-ontap-max-length");
        return Optional.ofNullable(schema.get("x-ontap-max-length")).or(() -> Optional.ofNullable(max))
                .map(JsonNode::asInt);
    }

    /** The {@code maxLength} of a string property, when the spec states one. */
    static Optional<Integer> maxLength(JsonNode schema) {
        JsonNode resolved = SPEC.resolve(schema);
        JsonNode max = resolved.has("maxLength") ? resolved.get("maxLength") : resolved.findValue("maxLength");
        return Optional.ofNullable(max).map(JsonNode::asInt);
    }

    private static void collect(JsonNode schema, List<Object> at, List<Property> found, int depth) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        properties(schema).forEach((name, prop) -> {
            if (readOnly(prop)) {
                return;
            }
            List<Object> path = new ArrayList<>(at);
            path.add(name);
            found.add(new Property(List.copyOf(path), prop));
            String type = type(prop);
            if (type.equals("object")) {
                collect(prop, path, found, depth + 1);
            } else if (type.equals("array") && type(SPEC.resolve(prop).path("items")).equals("object")) {
                path.add(0);
                collect(SPEC.resolve(prop).path("items"), path, found, depth + 1);
            }
        });
    }

    private static JsonNode example(JsonNode schema, int depth) {
        JsonNode resolved = SPEC.resolve(schema);
        String type = type(schema);
        if (schema.has("example") && !type.equals("object")) {
            return schema.get("example");
        }
        if (resolved.has("example") && !type.equals("object")) {
            return resolved.get("example");
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                if (depth < MAX_DEPTH) {
                    properties(schema).forEach((name, prop) -> {
                        if (!readOnly(prop)) {
                            object.set(name, example(prop, depth + 1));
                        }
                    });
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                array.add(example(resolved.path("items"), depth + 1));
                return array;
            }
            case "integer", "number" -> {
                return JSON.numberNode(resolved.path("minimum").asInt(1));
            }
            case "boolean" -> {
                return JSON.booleanNode(false);
            }
            default -> {
                JsonNode values = resolved.findValue("enum");
                return values != null && values.size() > 0 ? values.get(0) : JSON.textNode("x");
            }
        }
    }

    /** A copy of {@code body} with the value at {@code path} replaced (objects and arrays made on the way). */
    public static ObjectNode with(ObjectNode body, List<Object> path, JsonNode value) {
        ObjectNode copy = body.deepCopy();
        JsonNode container = copy;
        for (int i = 0; i < path.size(); i++) {
            Object step = path.get(i);
            boolean last = i == path.size() - 1;
            Object next = last ? null : path.get(i + 1);
            if (container instanceof ObjectNode object) {
                String name = (String) step;
                if (last) {
                    object.set(name, value);
                } else {
                    JsonNode child = object.get(name);
                    if (child == null || !(next instanceof Integer ? child.isArray() : child.isObject())) {
                        child = next instanceof Integer ? JSON.arrayNode() : JSON.objectNode();
                        object.set(name, child);
                    }
                    container = child;
                }
            } else if (container instanceof ArrayNode array) {
                if (array.isEmpty()) {
                    array.add(JSON.objectNode());
                }
                if (last) {
                    array.set(0, value);
                } else {
                    container = array.get(0);
                }
            }
        }
        return copy;
    }

    /** {@code /a/b/{x}} → {@code /a/b}; {@code /a/{x}/c} → {@code /a/{x}/c} (no collection to read it from). */
    static String collectionOf(String template) {
        return template.endsWith("}") ? template.substring(0, template.lastIndexOf('/')) : template;
    }

    /**
     * The template with a real key for each parameter: the first record of the collection above it (that has
     * records below it, when the path goes on), read as a client reads it.
     */
    public static String pathWithKeys(String template, Map<String, String> known) {
        return resolve(template, known).orElseGet(() -> PARAMETER.matcher(template).replaceAll(NO_RECORD));
    }

    private static Optional<String> resolve(String template, Map<String, String> known) {
        Matcher m = PARAMETER.matcher(template);
        if (!m.find()) {
            return Optional.of(template);
        }
        String collection = template.substring(0, m.start() - 1);
        String rest = template.substring(m.end());
        String parameter = m.group(1);
        if (known.containsKey(template.substring(0, m.end()))) {
            return resolve(collection + "/" + known.get(template.substring(0, m.end())) + rest, known);
        }
        boolean listed = AttackSurface.SPEC.operations().stream()
                .anyMatch(op -> "GET".equals(op.method()) && op.collection() && op.pathMatches(collection));
        if (!listed) {
            return Optional.empty();
        }
        String field = parameter.substring(parameter.lastIndexOf('.') + 1);
        List<String> keys = RestAssured.given().auth().preemptive().basic(OntapTest.USER, OntapTest.PASSWORD).get(collection + "?fields=" + field).then().statusCode(200).extract().jsonPath()
                .getList("records." + field, String.class);
        for (String key : keys) {
            Optional<String> resolved = resolve(collection + "/" + key + rest, known);
            if (resolved.isPresent() && (rest.isEmpty() || hasRecords(resolved.get()))) {
                return resolved;
            }
        }
        return Optional.empty();
    }

    /** Whether a path with keys reaches something (a collection below a record with records in it). */
    private static boolean hasRecords(String path) {
        boolean collection = AttackSurface.SPEC.operations().stream()
                .filter(op -> "GET".equals(op.method()) && op.pathMatches(path)).anyMatch(SpecOperation::collection);
        return !collection || RestAssured.given().auth().preemptive().basic(OntapTest.USER, OntapTest.PASSWORD).get(path).then().extract().jsonPath().getInt("num_records") > 0;
    }
}
