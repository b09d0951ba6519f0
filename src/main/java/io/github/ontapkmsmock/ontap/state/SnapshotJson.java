package io.github.ontapkmsmock.ontap.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.http.StrictJsonTypes;
import io.github.ontapkmsmock.ontap.spec.SchemaRules;
import io.github.ontapkmsmock.ontap.spec.SpecSchemas;

/**
 * Stored records as sections of the state document, for the {@link StateSnapshot}s of the stores: a record is
 * written as its components in snake_case (ONTAP's words), without its secrets; read back strictly, refusing
 * unknown or malformed properties with the JSON path.
 */
@ApplicationScoped
public class SnapshotJson {

    /** The secret of a record imported without it: stored so that the record is whole, and, as any secret, never shown. */
    public static final String SECRET_PLACEHOLDER = "(imported without its secret)";

    private final SpecSchemas schemas;
    /** The API's mapper: a model's tree as the API writes it, to check it against its schema. */
    private final ObjectMapper api;

    // A record is its components: derived accessors such as isExternal() are not part of the document. Read as
    // strictly as the API's bodies: a value of the wrong type is refused, not coerced.
    private final ObjectMapper json = StrictJsonTypes.refuseCoercion(JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build());

    @Inject
    public SnapshotJson(SpecSchemas schemas, ObjectMapper api) {
        this.schemas = schemas;
        this.api = api;
    }

    /**
     * A record as the state document shows it, in snake_case, without its secrets.
     *
     * @param secrets the dotted paths of the record's secrets ({@code credentials.client_secret}); lists on the way
     *                are followed into each element ({@code external.servers.password})
     */
    public ObjectNode write(Object record, Set<String> secrets) {
        ObjectNode node = json.valueToTree(record);
        secrets.forEach(path -> drop(node, path.split("\\.")));
        return node;
    }

    /** Any value (e.g. an inventory entry) in the document's words, to put into a record's tree before reading it. */
    public JsonNode tree(Object value) {
        return json.valueToTree(value);
    }

    /** Reads a record from its tree; refuses it (the mock's 400, target {@code at}) when it does not fit. */
    public <T> T read(JsonNode node, Class<T> type, String at) {
        try {
            return json.treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            // Jackson's message may quote the document, and so a secret: only the path is named
            String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce("", String::concat) : "";
            throw MockErrors.refused(at + path, "not a valid record of this section.");
        }
    }

    /**
     * Refuses a record whose API form breaks a constraint of the spec, as the API refuses a request that would create
     * it (the generated models' {@code @Size} for the spec's {@code maxLength}, ...): the record's path as target,
     * the property and the rule in the message.
     *
     * @param model the record as the API shows it (the family's mapper makes it)
     */
    public void validate(Object model, String at) {
        SchemaRules rules = schemas.rulesFor(model.getClass());
        // a property given rather than a link derived from it (a key server's self link holds its name)
        rules.check(model.getClass(), api.valueToTree(model)).stream().min(Comparator.comparing((SchemaRules.Violation v) -> v.path().contains("links"))
                .thenComparing(SchemaRules.Violation::path)).ifPresent(v -> refuse(at, v));
    }

    /**
     * The same for one property of the API form that the form does not carry (a write-only secret, which is never
     * shown): {@code validate(AwsKms.class, "secretAccessKey", ...)}.
     */
    public void validate(Class<?> model, String property, Object value, String at) {
        SchemaRules rules = schemas.rulesFor(model);
        rules.checkProperty(model, property, api.valueToTree(value)).stream().findFirst()
                .ifPresent(v -> refuse(at, v));
    }

    private static void refuse(String at, SchemaRules.Violation violation) {
        String name = violation.snakePath();
        String rule = violation.rule() == SchemaRules.Rule.MAX_LENGTH ? "at most " + violation.limit() + " characters"
                : violation.message();
        throw MockErrors.refused(at, "property " + name + " breaks a rule of the API: " + rule + ".");
    }

    /** The records of a section: none when the document leaves it out; refused unless it is a list of objects. */
    public static List<ObjectNode> entries(JsonNode section, String name) {
        if (section.isMissingNode() || section.isNull()) {
            return List.of();
        }
        if (!section.isArray()) {
            throw MockErrors.refused(name, name + " is a list of records.");
        }
        List<ObjectNode> entries = new ArrayList<>();
        for (JsonNode entry : section) {
            if (!(entry instanceof ObjectNode record)) {
                throw MockErrors.refused(name + "[" + entries.size() + "]", "a record is a JSON object.");
            }
            entries.add(record);
        }
        return entries;
    }

    public ArrayNode array() {
        return json.createArrayNode();
    }

    private static void drop(JsonNode node, String[] path) {
        if (node instanceof ArrayNode array) {
            array.forEach(element -> drop(element, path));
        } else if (node instanceof ObjectNode object) {
            if (path.length == 1) {
                object.remove(path[0]);
            } else {
                drop(object.path(path[0]), java.util.Arrays.copyOfRange(path, 1, path.length));
            }
        }
    }
}
