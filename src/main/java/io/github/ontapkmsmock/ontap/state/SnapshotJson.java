package io.github.ontapkmsmock.ontap.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;

/**
 * Stored records as sections of the state document, for the {@link StateSnapshot}s of the stores: a record is
 * written as its components in snake_case (ONTAP's words), with every property the spec marks write-only (the
 * secrets) left out at any depth; read back strictly, refusing unknown or malformed properties with the JSON path.
 */
@ApplicationScoped
public class SnapshotJson {

    /** The secret of a record imported without it: stored so that the record is whole, and, as any secret, never shown. */
    public static final String SECRET_PLACEHOLDER = "(imported without its secret)";

    private final ObjectMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private final Set<String> secrets;

    @Inject
    public SnapshotJson(OntapSpec spec) {
        this.secrets = spec.writeOnlyFields();
    }

    /** A record as the state document shows it: snake_case, secrets left out. */
    public ObjectNode write(Object record) {
        ObjectNode node = json.valueToTree(record);
        dropSecrets(node);
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

    /** The entries of a section: none when the document leaves it out; refused unless it is a list. */
    public static List<JsonNode> entries(JsonNode section, String name) {
        if (section.isMissingNode() || section.isNull()) {
            return List.of();
        }
        if (!section.isArray()) {
            throw MockErrors.refused(name, name + " is a list of records.");
        }
        List<JsonNode> entries = new ArrayList<>();
        section.forEach(entries::add);
        return entries;
    }

    public ArrayNode array() {
        return json.createArrayNode();
    }

    private void dropSecrets(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(secrets);
            object.forEach(this::dropSecrets);
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::dropSecrets);
        }
    }
}
