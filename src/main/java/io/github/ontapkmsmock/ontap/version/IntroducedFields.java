package io.github.ontapkmsmock.ontap.version;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.http.OntapRequest;
import io.github.ontapkmsmock.ontap.query.CollectionQuery;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;

/**
 * Properties the spec marks {@code x-ontap-introduced} later than the emulated release do not exist for a client of
 * that release: in a request body, or named by a filter, {@code fields} or {@code order_by}, they are refused as
 * unknown; in an answer they are left out. The marks are read from the schemas of the operation being served
 * (its request body, and the records it answers with), so a family only calls these methods.
 */
@ApplicationScoped
public class IntroducedFields {

    private static final String MARK = "x-ontap-introduced";

    private final OntapSpec spec;
    private final EmulatedVersion version;
    private final OntapRequest request;
    private final UriInfo uriInfo;
    /** Serializes request models with their write-only properties, so that those are checked too. */
    private final ObjectMapper bodyReader;
    /** What to leave out of records, by operation and release. */
    private final Map<String, StripPlan> plans = new ConcurrentHashMap<>();

    @Inject
    public IntroducedFields(OntapSpec spec, EmulatedVersion version, OntapRequest request, UriInfo uriInfo,
            ObjectMapper mapper) {
        this.spec = spec;
        this.version = version;
        this.request = request;
        this.uriInfo = uriInfo;
        this.bodyReader = mapper.copy().setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
            @Override
            public JsonProperty.Access findPropertyAccess(Annotated annotated) {
                return JsonProperty.Access.AUTO;
            }
        });
    }

    /** Refuses (262179) the first property of the request body introduced after the emulated release. */
    public void refuseNewerInBody(Object body) {
        if (body == null) {
            return;
        }
        JsonNode schema = requestSchema();
        firstNewer(schema, bodyReader.valueToTree(body), "").ifPresent(field -> {
            throw CommonErrors.unexpectedArgument(field);
        });
    }

    /**
     * Refuses the filters (262179), {@code fields} and {@code order_by} entries (262197) of the request that name a
     * record property introduced after the emulated release.
     */
    public void refuseNewerInQuery() {
        JsonNode schema = recordSchema();
        CollectionQuery query = CollectionQuery.parse(uriInfo.getQueryParameters(), Set.of());
        query.filters().keySet().stream().filter(f -> isNewer(schema, f)).findFirst().ifPresent(f -> {
            throw CommonErrors.unexpectedArgument(f);
        });
        query.fields().ifPresent(fields -> fields.stream().filter(f -> isNewer(schema, f)).findFirst()
                .ifPresent(f -> {
                    throw CommonErrors.invalidValue("fields", "\"" + f + "\" is not a field of this record");
                }));
        query.orderBy().stream().map(CollectionQuery.OrderBy::field).filter(f -> isNewer(schema, f)).findFirst()
                .ifPresent(f -> {
                    throw CommonErrors.invalidValue("order_by", "\"" + f + "\" is not a field of this record");
                });
    }

    /**
     * What to leave out of the records the operation answers with (their wire form): the properties introduced after
     * the emulated release. That depends only on the operation's record schema and the release, so it is worked out
     * once per pair, not per record.
     */
    public StripPlan newerInRecords() {
        String operation = request.operation().map(op -> op.method() + " " + op.pathTemplate()).orElse("");
        OntapRelease release = version.current();
        return plans.computeIfAbsent(operation + " @" + release,
                k -> StripPlan.of(recordSchema(), spec::property,
                        property -> !release.isAtLeast(mark(property).map(OntapRelease::parse).orElse(release)),
                        spec::resolve));
    }

    /** True when the dotted path names a property, or a property inside one, introduced after the release. */
    private boolean isNewer(JsonNode schema, String dottedPath) {
        JsonNode current = schema;
        for (String part : dottedPath.split("\\.")) {
            Optional<JsonNode> property = spec.property(current, part);
            if (property.isEmpty()) {
                return false;
            }
            if (!version.has(mark(property.get()))) {
                return true;
            }
            current = property.get();
        }
        return false;
    }

    private Optional<String> firstNewer(JsonNode schema, JsonNode value, String prefix) {
        if (value.isArray()) {
            for (JsonNode element : value) {
                Optional<String> found = firstNewer(schema, element, prefix);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isNull()) {
                continue;
            }
            Optional<JsonNode> property = spec.property(schema, field.getKey());
            if (property.isEmpty()) {
                continue;
            }
            String path = prefix + field.getKey();
            if (!version.has(mark(property.get()))) {
                return Optional.of(path);
            }
            Optional<String> nested = firstNewer(property.get(), field.getValue(), path + ".");
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }

    /** The release a property came with: its own mark, else that of the schema it refers to. */
    private Optional<String> mark(JsonNode property) {
        if (property.hasNonNull(MARK)) {
            return Optional.of(property.get(MARK).asText());
        }
        JsonNode resolved = spec.resolve(property);
        if (resolved != property && resolved.hasNonNull(MARK)) {
            return Optional.of(resolved.get(MARK).asText());
        }
        for (JsonNode part : resolved.path("allOf")) {
            Optional<String> found = mark(part);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private JsonNode requestSchema() {
        JsonNode content = operationNode().path("requestBody").path("content");
        return content.elements().hasNext() ? content.elements().next().path("schema") : MissingNode.getInstance();
    }

    /** The record schema of the operation's answer: the items of its {@code records}, else the body itself. */
    private JsonNode recordSchema() {
        for (Iterator<Map.Entry<String, JsonNode>> it = operationNode().path("responses").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> response = it.next();
            JsonNode content = spec.resolve(response.getValue()).path("content");
            if (response.getKey().startsWith("2") && content.elements().hasNext()) {
                JsonNode body = spec.resolve(content.elements().next().path("schema"));
                JsonNode records = spec.resolve(body.path("properties").path("records"));
                return records.has("items") ? records.get("items") : body;
            }
        }
        return MissingNode.getInstance();
    }

    private JsonNode operationNode() {
        return request.operation().map(spec::node).orElse(MissingNode.getInstance());
    }
}
