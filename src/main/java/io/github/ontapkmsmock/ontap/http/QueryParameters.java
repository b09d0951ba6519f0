package io.github.ontapkmsmock.ontap.http;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;

/**
 * The query parameters an operation takes, from the spec: those it declares, plus ONTAP's {@code return_timeout} and
 * {@code return_records}, which every POST, PATCH and DELETE takes (NetApp, "Asynchronous processing": "If a non-zero
 * value is specified for POST, PATCH, or DELETE operations, ONTAP waits..."; NetApp's Ansible collection sends it with
 * every PATCH and DELETE), and the query language's {@code fields}, {@code max_records}, {@code return_records},
 * {@code return_timeout} and {@code order_by}, which every GET takes (the collection's {@code na_ontap_rest_info}
 * sends {@code max_records} to {@code /api/security/key-manager-configs}, a single record). On a collection (its GET, and the query-based PATCH and DELETE) any other parameter is a
 * filter, which the query language checks against the record's fields. Elsewhere it is an unexpected argument
 * (262179), as collections answer an unknown filter; a declared number or boolean that does not read as one is an
 * invalid value (262197), given twice 262188.
 */
@ApplicationScoped
public class QueryParameters {

    /** Parameter name to its component in the spec, per method: what every operation of the method takes. */
    private static final Map<String, String> WRITE_PARAMETERS = Map.of("return_timeout", "return_timeout",
            "return_records", "return_records_post");
    private static final Map<String, String> READ_PARAMETERS = Map.of("fields", "fields", "max_records",
            "max_records", "return_records", "return_records", "return_timeout", "return_timeout_collection",
            "order_by", "order_by");
    private static final Map<String, Map<String, String>> UNIVERSAL = Map.of("GET", READ_PARAMETERS, "POST",
            WRITE_PARAMETERS, "PATCH", WRITE_PARAMETERS, "DELETE", WRITE_PARAMETERS);

    private final Map<String, Map<String, JsonNode>> declared = new HashMap<>();
    private final Set<String> filtered;

    @Inject
    public QueryParameters(OntapSpec spec) {
        Set<String> collections = new HashSet<>();
        spec.operations().stream().filter(SpecOperation::collection).forEach(op -> collections.add(op.pathTemplate()));
        this.filtered = spec.operations().stream()
                .filter(op -> collections.contains(op.pathTemplate()) && !"POST".equals(op.method()))
                .map(SpecOperation::operationId).collect(Collectors.toUnmodifiableSet());
        for (SpecOperation op : spec.operations()) {
            Map<String, JsonNode> schemas = new HashMap<>();
            UNIVERSAL.getOrDefault(op.method(), Map.of()).forEach((name, component) -> schemas.put(name,
                    spec.resolve(spec.resolve(JsonNodeFactory.instance.objectNode()
                            .put("$ref", "#/components/parameters/" + component)).path("schema"))));
            spec.node(op).path("parameters").forEach(p -> {
                JsonNode parameter = spec.resolve(p);
                if ("query".equals(parameter.path("in").asText())) {
                    schemas.put(parameter.path("name").asText(), spec.resolve(parameter.path("schema")));
                }
            });
            declared.put(op.operationId(), Map.copyOf(schemas));
        }
    }

    /** Refuses the first parameter the operation does not take, or whose value does not read as its type. */
    public void check(SpecOperation op, MultivaluedMap<String, String> parameters) {
        Map<String, JsonNode> schemas = declared.getOrDefault(op.operationId(), Map.of());
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            JsonNode schema = schemas.get(name);
            if (schema == null) {
                if (!filtered.contains(op.operationId())) {
                    throw CommonErrors.unexpectedArgument(name);
                }
            } else {
                checkValues(name, parameter.getValue(), schema);
            }
        }
    }

    private static void checkValues(String name, List<String> values, JsonNode schema) {
        String type = schema.path("type").asText();
        if (!type.equals("integer") && !type.equals("boolean")) {
            return;
        }
        if (values.size() > 1) {
            throw CommonErrors.givenTwice(name);
        }
        String value = values.isEmpty() ? "" : values.get(0);
        if (type.equals("boolean")) {
            String v = value.toLowerCase(Locale.ROOT);
            if (!v.equals("true") && !v.equals("false") && !v.equals("1") && !v.equals("0")) {
                throw CommonErrors.invalidValue(name, "expected true or false, got \"" + value + "\"");
            }
            return;
        }
        long min = schema.path("minimum").asLong(Long.MIN_VALUE);
        long max = schema.path("maximum").asLong(Long.MAX_VALUE);
        long number;
        try {
            number = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            number = Long.MIN_VALUE;
        }
        if (number < min || number > max || number == Long.MIN_VALUE) {
            String range = schema.has("maximum") ? " from " + min + " to " + max
                    : schema.has("minimum") ? " of at least " + min : "";
            throw CommonErrors.invalidValue(name, "expected a whole number" + range + ", got \"" + value + "\"");
        }
    }
}
