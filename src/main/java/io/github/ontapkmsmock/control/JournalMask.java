package io.github.ontapkmsmock.control;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;

/**
 * What the journal keeps of a request, secrets masked and only secrets. In a body, a property is a secret where the
 * operation's request schema marks it {@code writeOnly} (so a key manager's {@code external.client_certificate}, a
 * reference to an installed certificate, stays readable, and Azure's {@code client_certificate}, a PKCS#12 file, is
 * masked), whole whatever its JSON type; a property the schema does not know is masked when some schema of the spec
 * has a write-only property of that name. In a query string, the value of a parameter naming such a property (as a
 * filter {@code secret_access_key=...} or {@code onboard.passphrase=...}) is masked.
 */
@ApplicationScoped
public class JournalMask {

    static final String MASK = "********";

    private final OntapSpec spec;
    private final Set<String> secrets;

    @Inject
    public JournalMask(OntapSpec spec) {
        this.spec = spec;
        this.secrets = spec.writeOnlyFields();
    }

    /** The body with its secrets masked, in place. */
    public JsonNode body(JsonNode body, Optional<SpecOperation> operation) {
        JsonNode schema = operation.map(op -> spec.node(op).path("requestBody").path("content"))
                .filter(content -> content.elements().hasNext())
                .map(content -> spec.resolve(content.elements().next().path("schema"))).orElse(null);
        mask(body, schema);
        return body;
    }

    /** The raw query string with the values of secret parameters masked; the rest byte for byte. */
    public String query(String query) {
        if (query == null || query.isEmpty()) {
            return query;
        }
        List<String> parts = new ArrayList<>();
        for (String part : query.split("&", -1)) {
            int equals = part.indexOf('=');
            String name = equals < 0 ? part : part.substring(0, equals);
            String leaf = decode(name).substring(decode(name).lastIndexOf('.') + 1);
            parts.add(equals >= 0 && secrets.contains(leaf) ? name + "=" + MASK : part);
        }
        return String.join("&", parts);
    }

    private void mask(JsonNode node, JsonNode schema) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode property = schema == null ? null : spec.property(schema, name).orElse(null);
                boolean secret = property == null ? secrets.contains(name) : spec.marked(property, "writeOnly");
                if (secret) {
                    object.put(name, MASK);
                } else {
                    mask(object.get(name), property == null ? null : spec.resolve(property));
                }
            }
        } else if (node instanceof ArrayNode array) {
            JsonNode items = schema == null || !schema.has("items") ? null : spec.resolve(schema.get("items"));
            array.forEach(element -> mask(element, items));
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
