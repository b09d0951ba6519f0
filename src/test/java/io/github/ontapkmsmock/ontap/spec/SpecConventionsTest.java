package io.github.ontapkmsmock.ontap.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The hand-written spec keeps its own conventions: they are what the catalogue and fault injection read. */
class SpecConventionsTest {

    private static final Set<String> SECRETS = Set.of("secret_access_key", "client_secret", "client_certificate",
            "passphrase", "existing_passphrase", "proxy_password", "password");
    private static final Set<Integer> STATUSES = Set.of(400, 401, 403, 404, 405, 409, 500);

    private static JsonNode root;
    private static OntapSpec spec;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SpecConventionsTest.class.getClassLoader().getResourceAsStream(OntapSpec.RESOURCE)) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        spec = OntapSpec.load();
    }

    /** The 26 operations of the seed pages, and migrate and restore of the later key-manager references. */
    @Test
    void declaresTheKeyManagementOperations() {
        long count = spec.operations().stream()
                .filter(op -> op.pathTemplate().matches("/api/security/(aws-kms|azure-key-vaults|key-managers).*"))
                .filter(op -> !op.operationId().matches(".*_collection_(modify|delete)"))
                .count();
        assertEquals(28, count);
        for (String id : List.of("security_key_manager_migrate", "security_key_manager_restore")) {
            assertTrue(spec.operation(id).isPresent(), id);
        }
    }

    /** ONTAP's convention: every collection whose records take PATCH or DELETE takes it with a query too. */
    @Test
    void everyInstancePatchAndDeleteHasItsQueryBasedForm() {
        for (SpecOperation op : spec.operations()) {
            if (!op.method().equals("PATCH") && !op.method().equals("DELETE") || !op.pathTemplate().endsWith("}")
                    || op.pathTemplate().startsWith("/api/cluster")) {
                continue;
            }
            String collection = op.pathTemplate().replaceFirst("/\\{[^}]+}$", "");
            SpecOperation query = spec.operations().stream()
                    .filter(q -> q.method().equals(op.method()) && q.pathTemplate().equals(collection)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + op.method() + " " + collection));
            assertEquals(op.introduced(), query.introduced(), query.operationId());
            JsonNode node = spec.node(query);
            assertEquals(op.operationId(), node.path("x-ontap-errors-from").asText(), query.operationId());
            op.errors().forEach(e -> assertTrue(query.documented(e.code()).isPresent(),
                    query.operationId() + " lacks " + e.code()));
        }
    }

    @Test
    void declaresTheSupportEndpoints() {
        for (String id : List.of("cluster_get", "nodes_get", "node_get", "svm_collection_get", "svm_get",
                "security_certificate_collection_get", "security_certificate_get", "job_get")) {
            assertTrue(spec.operation(id).isPresent(), id);
        }
    }

    @Test
    void everyDocumentedErrorHasAStringCodeAMessageAndAKnownStatus() {
        eachOperation((name, op) -> {
            JsonNode errors = op.path("x-ontap-errors");
            assertTrue(errors.isArray(), name + " lacks x-ontap-errors");
            Set<String> seen = new HashSet<>();
            errors.forEach(e -> {
                assertTrue(e.path("code").isTextual() && e.path("code").asText().matches("\\d+"),
                        name + ": code must be a string of digits: " + e.path("code"));
                assertTrue(seen.add(e.path("code").asText()), name + ": code twice: " + e.path("code"));
                assertFalse(e.path("message").asText().isBlank(), name + ": no message for " + e.path("code"));
                assertTrue(STATUSES.contains(e.path("status").asInt(400)), name + ": odd status " + e);
            });
        });
    }

    @Test
    void everyOperationDeclaresTheMockHeadersAndAsyncOnesTheJobHeaders() {
        eachOperation((name, op) -> {
            List<String> refs = new ArrayList<>();
            op.path("parameters").forEach(p -> refs.add(p.path("$ref").asText()));
            for (String header : List.of("mock_error", "mock_error_target", "mock_delay")) {
                assertTrue(refs.contains("#/components/parameters/" + header), name + " lacks " + header);
            }
            if (op.path("responses").has("202")) {
                assertTrue(refs.contains("#/components/parameters/mock_job_error"), name + " lacks mock_job_error");
                assertTrue(refs.contains("#/components/parameters/mock_job_duration"), name + " lacks job duration");
            }
        });
    }

    @Test
    void secretsAreWriteOnlyWherever() {
        root.path("components").path("schemas").fields().forEachRemaining(schema -> schema.getValue()
                .path("properties").fields().forEachRemaining(p -> {
                    // key managers' external.client_certificate is a reference to an installed certificate
                    if (SECRETS.contains(p.getKey()) && "string".equals(p.getValue().path("type").asText())) {
                        assertTrue(p.getValue().path("writeOnly").asBoolean(false),
                                schema.getKey() + "." + p.getKey() + " must be writeOnly");
                    }
                }));
    }

    /**
     * Every string property has a length limit (issue 11: a 64 KB key-server name was accepted): {@code maxLength},
     * which the generated models enforce with 262197, or {@code x-ontap-max-length} where the family's service
     * enforces a documented limit with its own code (the passphrases, 32-256 characters). Enumerations and
     * date-times are bounded by their form.
     */
    @Test
    void everyStringPropertyHasALengthLimit() {
        List<String> unbounded = new ArrayList<>();
        root.path("components").path("schemas").fields().forEachRemaining(schema -> schema.getValue()
                .path("properties").fields().forEachRemaining(p -> {
                    JsonNode property = p.getValue().path("type").asText().equals("array") ? p.getValue()
                            .path("items") : p.getValue();
                    boolean string = property.path("type").asText().equals("string");
                    boolean bounded = property.has("maxLength") || property.has("x-ontap-max-length")
                            || property.has("enum") || property.path("format").asText().matches("date-time|uuid");
                    if (string && !bounded) {
                        unbounded.add(schema.getKey() + "." + p.getKey());
                    }
                }));
        assertEquals(List.of(), unbounded);
    }

    @Test
    void catalogueReadsRuntimeTextsWhereOntapsDiffer() {
        SpecOperation modify = spec.operation("security_key_manager_modify").orElseThrow();
        assertEquals("Cluster-wide passphrase is incorrect.", modify.documented("65536139").orElseThrow().message());
        assertEquals("New passphrase cannot be same as the old passphrase.",
                modify.documented("65536150").orElseThrow().message());
    }

    private static void eachOperation(BiConsumer<String, JsonNode> check) {
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            if (m.getValue().has("operationId")) {
                check.accept(m.getKey().toUpperCase() + " " + path.getKey(), m.getValue());
            }
        }));
    }
}
