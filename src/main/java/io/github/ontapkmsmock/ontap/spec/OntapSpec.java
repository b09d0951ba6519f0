package io.github.ontapkmsmock.ontap.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.ontapkmsmock.ontap.errors.OntapError;

/**
 * The hand-written spec ({@code openapi/ontap-security.yaml}, packaged as {@code META-INF/openapi.yaml}) read
 * once: operations with their documented errors, the common ONTAP error codes and the record shapes. Everything the
 * mock knows about error codes and advanced fields comes from here, so spec and behaviour cannot drift apart.
 */
public final class OntapSpec {

    public static final String RESOURCE = "META-INF/openapi.yaml";
    /** The same tree as JSON, written from {@link #RESOURCE} by the build ({@link PreparedSpec}): read at start. */
    public static final String PREPARED = "META-INF/openapi.json";
    /** The control API's spec ({@code openapi/mock-control.yaml}) as JSON, written by the build the same way. */
    public static final String CONTROL_PREPARED = "META-INF/mock-control.json";
    private static final int DEFAULT_ERROR_STATUS = 400;
    private static final List<String> METHODS = List.of("get", "post", "patch", "delete", "put");
    private static final List<String> DEFAULT_KEYS = List.of("uuid", "name", "server");

    private final JsonNode root;
    private final List<SpecOperation> operations;
    private final Map<String, OntapError> commonErrors;
    private final Set<String> writeOnlyFields;
    private final SchemaRules rules;

    private OntapSpec(JsonNode root) {
        this.root = root;
        this.commonErrors = readErrors(root.path("x-ontap-common-errors")).stream()
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.code(), e), Map::putAll);
        this.operations = readOperations();
        this.writeOnlyFields = readWriteOnlyFields();
        this.rules = new SchemaRules(root, this::resolve);
    }

    public static OntapSpec load() {
        return load(PREPARED);
    }

    /** A prepared spec: {@link #PREPARED}, or {@link #CONTROL_PREPARED} for the control API's. */
    public static OntapSpec load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (the Maven build writes it)");
            }
            return new OntapSpec(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The constraints of this spec's schemas. */
    public SchemaRules rules() {
        return rules;
    }

    /** Whether the operation's request body is {@code required} (a request without one is refused). */
    public boolean requiresBody(SpecOperation op) {
        return node(op).path("requestBody").path("required").asBoolean(false);
    }

    public List<SpecOperation> operations() {
        return operations;
    }

    public Map<String, OntapError> commonErrors() {
        return commonErrors;
    }

    /** The operation a request addresses; literal path segments win over templated ones. */
    public Optional<SpecOperation> match(String method, String path) {
        return operations.stream().filter(op -> op.matches(method, path)).findFirst();
    }

    /** True when some operation has this path, whatever its method (so a wrong method is a 405, not a 404). */
    public boolean knowsPath(String path) {
        return operations.stream().anyMatch(op -> op.pathMatches(path));
    }

    /** The record shape served by the GET at this path template (for answers of POST and PATCH at that path). */
    public Optional<FieldTree> recordsAt(String pathTemplate) {
        return operations.stream().filter(op -> "GET".equals(op.method()) && op.pathTemplate().equals(pathTemplate))
                .findFirst().flatMap(SpecOperation::records);
    }

    /** The operation's own node of the spec (parameters, request body, responses), for readers of its marks. */
    public JsonNode node(SpecOperation op) {
        return root.path("paths").path(op.pathTemplate()).path(op.method().toLowerCase(Locale.ROOT));
    }

    public Optional<SpecOperation> operation(String operationId) {
        return operations.stream().filter(op -> op.operationId().equals(operationId)).findFirst();
    }

    /** The names of every {@code writeOnly} property of the spec: the secrets, never returned nor logged. */
    public Set<String> writeOnlyFields() {
        return writeOnlyFields;
    }

    private Set<String> readWriteOnlyFields() {
        Set<String> names = new TreeSet<>();
        collectWriteOnly(root, names);
        return Set.copyOf(names);
    }

    private static void collectWriteOnly(JsonNode node, Set<String> names) {
        node.path("properties").fields().forEachRemaining(p -> {
            if (p.getValue().path("writeOnly").asBoolean(false)) {
                names.add(p.getKey());
            }
        });
        node.forEach(child -> collectWriteOnly(child, names));
    }

    private List<SpecOperation> readOperations() {
        List<SpecOperation> result = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode op = path.getValue().get(method);
            if (op != null) {
                result.add(readOperation(method.toUpperCase(), path.getKey(), op));
            }
        }));
        result.sort(Comparator.comparingInt(SpecOperation::literalSegments).reversed());
        return List.copyOf(result);
    }

    private SpecOperation readOperation(String method, String template, JsonNode op) {
        JsonNode responses = op.path("responses");
        JsonNode ok = responses.path("200").path("content");
        JsonNode okSchema = ok.isMissingNode() || !ok.elements().hasNext()
                ? null : resolve(ok.elements().next().path("schema"));
        JsonNode recordsSchema = okSchema == null ? null : resolve(okSchema.path("properties").path("records"));
        boolean collection = recordsSchema != null && !recordsSchema.isMissingNode() && recordsSchema.has("items");
        JsonNode recordSchema = collection ? resolve(recordsSchema.path("items")) : okSchema;
        Optional<FieldTree> records = "GET".equals(method) && recordSchema != null
                ? Optional.of(fieldTree(recordSchema, false, false, 0)) : Optional.empty();
        return new SpecOperation(method, template, op.path("operationId").asText(), pathPattern(template),
                literalSegments(template), errorsOf(op),
                Optional.ofNullable(op.path("x-ontap-introduced").textValue()), records, collection,
                responses.has("202"),
                Optional.ofNullable(responses.path("202").path("x-ontap-introduced").textValue()));
    }

    /** The operation's own {@code x-ontap-errors}, then those of the operation {@code x-ontap-errors-from} names. */
    private List<OntapError> errorsOf(JsonNode op) {
        List<OntapError> errors = new ArrayList<>(readErrors(op.path("x-ontap-errors")));
        String from = op.path("x-ontap-errors-from").textValue();
        if (from != null) {
            JsonNode source = operationNode(from)
                    .orElseThrow(() -> new IllegalStateException("x-ontap-errors-from names no operation: " + from));
            readErrors(source.path("x-ontap-errors")).stream()
                    .filter(e -> errors.stream().noneMatch(own -> own.code().equals(e.code()))).forEach(errors::add);
        }
        return List.copyOf(errors);
    }

    private Optional<JsonNode> operationNode(String operationId) {
        List<JsonNode> found = new ArrayList<>();
        root.path("paths").forEach(path -> METHODS.forEach(method -> {
            JsonNode op = path.get(method);
            if (op != null && operationId.equals(op.path("operationId").asText())) {
                found.add(op);
            }
        }));
        return found.stream().findFirst();
    }

    private static List<OntapError> readErrors(JsonNode list) {
        List<OntapError> errors = new ArrayList<>();
        list.forEach(e -> {
            String documented = e.path("message").asText();
            String runtime = e.hasNonNull("runtime_message") ? e.get("runtime_message").asText() : documented;
            errors.add(new OntapError(e.path("code").asText(), runtime, documented,
                    e.path("status").asInt(DEFAULT_ERROR_STATUS)));
        });
        return List.copyOf(errors);
    }

    private FieldTree fieldTree(JsonNode schema, boolean advanced, boolean writeOnly, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("items")) {
            return fieldTree(resolved.get("items"), advanced, writeOnly, depth);
        }
        Map<String, FieldTree> children = new LinkedHashMap<>();
        if (depth < 8) {
            for (JsonNode part : allOf(resolved)) {
                part.path("properties").fields().forEachRemaining(p -> {
                    children.put(p.getKey(), fieldTree(p.getValue(), marked(p.getValue(), "x-ontap-advanced"),
                            marked(p.getValue(), "writeOnly"), depth + 1));
                });
            }
        }
        List<String> keys = new ArrayList<>();
        JsonNode declared = resolved.path("x-ontap-keys");
        if (declared.isArray()) {
            declared.forEach(k -> keys.add(k.asText()));
        } else {
            DEFAULT_KEYS.stream().filter(children::containsKey).forEach(keys::add);
        }
        return new FieldTree(children, advanced, writeOnly, depth == 0 ? keys : List.of());
    }

    private List<JsonNode> allOf(JsonNode schema) {
        List<JsonNode> parts = new ArrayList<>();
        parts.add(schema);
        schema.path("allOf").forEach(p -> parts.addAll(allOf(resolve(p))));
        return parts;
    }

    /** A property of an object schema, looked up through {@code $ref}, {@code allOf} and array {@code items}. */
    public Optional<JsonNode> property(JsonNode schema, String name) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("items")) {
            return property(resolved.get("items"), name);
        }
        JsonNode own = resolved.path("properties").path(name);
        if (!own.isMissingNode()) {
            return Optional.of(own);
        }
        for (JsonNode part : resolved.path("allOf")) {
            Optional<JsonNode> found = property(part, name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Whether a property carries a boolean mark ({@code writeOnly}, {@code x-ontap-advanced}) or its schema does. */
    public boolean marked(JsonNode property, String mark) {
        return property.path(mark).asBoolean(false) || resolve(property).path(mark).asBoolean(false);
    }

    /** Follows local {@code $ref}s ({@code #/components/...}). */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 16; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only local $ref are supported: " + ref);
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }

    private static Pattern pathPattern(String template) {
        Matcher m = Pattern.compile("\\{[^}]+}").matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("[^/]+");
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex + "/?");
    }

    private static int literalSegments(String template) {
        int count = 0;
        for (String segment : template.split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{")) {
                count++;
            }
        }
        return count;
    }
}
