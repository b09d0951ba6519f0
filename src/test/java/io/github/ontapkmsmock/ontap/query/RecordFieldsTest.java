package io.github.ontapkmsmock.ontap.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.ontapkmsmock.awskms.AwsKmsMapper;
import io.github.ontapkmsmock.awskms.AwsKmsService;
import io.github.ontapkmsmock.azure.AzureKeyVaultMapper;
import io.github.ontapkmsmock.azure.AzureKeyVaultService;
import io.github.ontapkmsmock.keymanager.KeyManagerMapper;
import io.github.ontapkmsmock.keymanager.KeyManagerService;
import io.github.ontapkmsmock.keystore.KeystoreMapper;
import io.github.ontapkmsmock.keystore.KeystoreService;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The fields a family reads straight from its stored records (so that collections filter, sort and look up without
 * rendering) read exactly what the rendered record shows, for records of every kind: SVM and cluster scope, enabled
 * and inactive.
 */
@QuarkusTest
class RecordFieldsTest extends OntapTest {

    @Inject
    AwsKmsService awsKms;
    @Inject
    AwsKmsMapper awsKmsMapper;
    @Inject
    AzureKeyVaultService azure;
    @Inject
    AzureKeyVaultMapper azureMapper;
    @Inject
    KeyManagerService keyManagers;
    @Inject
    KeyManagerMapper keyManagerMapper;
    @Inject
    KeystoreService keystores;
    @Inject
    KeystoreMapper keystoreMapper;
    @Inject
    ObjectMapper json;
    @Inject
    ModelProperties properties;

    @BeforeEach
    void recordsOfEveryKind() {
        post("/api/security/aws-kms", Map.of("svm", Map.of("name", Inventory.VS0), "region", "us-east-1",
                "key_id", "kmip-aws", "access_key_id", "AKIA0001", "secret_access_key", Secrets.secret("aws")));
        post("/api/security/azure-key-vaults?return_timeout=30", azureBody(Map.of("name", Inventory.VS1)));
        post("/api/security/azure-key-vaults?create_inactive=true&return_timeout=30",
                withName(azureBody(Map.of("name", Inventory.VS0)), "spare-akv"));
        post("/api/security/azure-key-vaults?create_inactive=true&return_timeout=30",
                withName(azureBody(null), "cluster-akv"));
        post("/api/security/key-managers", Map.of("onboard", Map.of("passphrase", Secrets.passphrase(40, 'p'))));
        post("/api/security/key-managers?create_inactive=true", withName(Map.of("svm", Map.of("name", Inventory.VS0),
                "external", Map.of("client_certificate", Map.of("uuid", Inventory.VS0_CLIENT_CERT),
                        "server_ca_certificates", List.of(Map.of("uuid", Inventory.VS0_SERVER_CA)),
                        "servers", List.of(Map.of("server", "10.0.0.9")))), "spare-kmip"));
    }

    @Test
    void awsKmsRecordFieldsReadWhatItsRecordsShow() {
        assertSameAsRendered(awsKms::all, awsKmsMapper::toModel, awsKmsMapper.recordFields());
    }

    @Test
    void azureKeyVaultRecordFieldsReadWhatItsRecordsShow() {
        assertSameAsRendered(azure::all, azureMapper::toModel, azureMapper.recordFields());
    }

    @Test
    void keyManagerRecordFieldsReadWhatItsRecordsShow() {
        assertSameAsRendered(keyManagers::list, keyManagerMapper::keyManager, keyManagerMapper.recordFields());
    }

    @Test
    void keystoreRecordFieldsReadWhatItsRecordsShow() {
        assertSameAsRendered(keystores::all, keystoreMapper::toModel, keystoreMapper.recordFields());
    }

    @Test
    void everyAwsKmsFieldReadsTheSameFromItsPropertyAsFromTheWholeRecord() {
        assertPropertiesReadAsRendered(awsKms::all, awsKmsMapper::toModel);
    }

    @Test
    void everyAzureKeyVaultFieldReadsTheSameFromItsPropertyAsFromTheWholeRecord() {
        assertPropertiesReadAsRendered(azure::all, azureMapper::toModel);
    }

    @Test
    void everyKeyManagerFieldReadsTheSameFromItsPropertyAsFromTheWholeRecord() {
        assertPropertiesReadAsRendered(keyManagers::list, keyManagerMapper::keyManager);
    }

    @Test
    void everyKeystoreFieldReadsTheSameFromItsPropertyAsFromTheWholeRecord() {
        assertPropertiesReadAsRendered(keystores::all, keystoreMapper::toModel);
    }

    /**
     * A filter or order_by on a field no family reads from its records reads the one property holding it, rendered
     * alone: for every field of every record (inner ones and through arrays) and fields the records lack, the same
     * texts as the whole rendered record gives.
     */
    private <R> void assertPropertiesReadAsRendered(Supplier<List<R>> records, Function<R, ?> render) {
        assertFalse(records.get().isEmpty());
        Listing.WireForms byProperty = new FullWireForms() {
            @Override
            public JsonNode part(Object model, String name) {
                return properties.part(model, name);
            }
        };
        List<Listing.Row<R>> read = Listing.of(records, render).rows(byProperty);
        List<Listing.Row<R>> rendered = Listing.of(records, render).rows(new FullWireForms());
        Set<String> fields = new TreeSet<>(Set.of("zz_absent", "svm.zz_absent", "configuration.name.zz_absent"));
        records.get().forEach(r -> fieldsOf(json.valueToTree(render.apply(r)), "", fields));
        assertTrue(fields.size() > 10, () -> "too few fields to compare: " + fields);
        for (int i = 0; i < read.size(); i++) {
            for (String field : fields) {
                assertEquals(rendered.get(i).texts(field), read.get(i).texts(field), field + " of record " + i);
                if (!field.contains(".")) {
                    assertEquals(rendered.get(i).text(field), read.get(i).text(field), field + " of record " + i);
                }
            }
        }
    }

    private static void fieldsOf(JsonNode node, String prefix, Set<String> out) {
        if (node.isArray()) {
            node.forEach(element -> fieldsOf(element, prefix, out));
            return;
        }
        node.fields().forEachRemaining(e -> {
            out.add(prefix + e.getKey());
            fieldsOf(e.getValue(), prefix + e.getKey() + ".", out);
        });
    }

    /** Wire forms rendered whole, as the newest release has them. */
    private class FullWireForms implements Listing.WireForms {
        @Override
        public JsonNode tree(Object model) {
            return json.valueToTree(model);
        }

        @Override
        public void strip(JsonNode tree) {
        }

        @Override
        public boolean strips(String dottedPath) {
            return false;
        }
    }

    private <R> void assertSameAsRendered(Supplier<List<R>> records, Function<R, ?> render,
            Map<String, Function<? super R, ?>> fields) {
        assertFalse(records.get().isEmpty());
        Listing.WireForms full = new FullWireForms();
        List<Listing.Row<R>> read = Listing.of(records, render).withFields(fields).rows(full);
        List<Listing.Row<R>> rendered = Listing.of(records, render).rows(full);
        for (int i = 0; i < read.size(); i++) {
            for (String field : fields.keySet()) {
                assertEquals(rendered.get(i).texts(field), read.get(i).texts(field), field + " of record " + i);
                if (!field.contains(".")) {
                    assertEquals(rendered.get(i).text(field), read.get(i).text(field), field + " of record " + i);
                }
            }
        }
    }

    private static Map<String, Object> azureBody(Map<String, Object> svm) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("client_id", "client1", "tenant_id",
                "tenant1", "name", "https://mykeyvault.vault.azure.net/", "key_id",
                "https://keyvault-test.vault.azure.net/keys/key1/a8e619fd8f234db3b0b95c59540e2a74",
                "client_secret", Secrets.secret("akv")));
        if (svm != null) {
            body.put("svm", svm);
        }
        return body;
    }

    private static Map<String, Object> withName(Map<String, Object> body, String configurationName) {
        Map<String, Object> named = new java.util.LinkedHashMap<>(body);
        named.put("configuration", Map.of("name", configurationName));
        return named;
    }

    private static void post(String path, Map<String, Object> body) {
        api().body(body).post(path).then().statusCode(201);
    }
}
