package io.github.ontapkmsmock.azure;

import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;



import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Shared set-up of the Azure Key Vault tests: request bodies as the seeds write them, creating a configuration,
 * reading the state back, and the emulated release (set per test, back to the configured one after each).
 */
public abstract class AzureKeyVaultFixtures extends OntapTest {

    static final String PATH = "/api/security/azure-key-vaults";
    /** The 9.17.1 page's key identifier, with its 32 hex digit version (003:40-42). */
    static final String KEY_ID = "https://keyvault-test.vault.azure.net/keys/key1/a8e619fd8f234db3b0b95c59540e2a74";
    static final String OTHER_KEY_ID = "https://keyvault-test.vault.azure.net/keys/key2/0123456789abcdef0123456789abcdef";
    /** The 9.11.1 page's form, without a version (004:48-49). */
    static final String KEY_ID_WITHOUT_VERSION = "https://keyvault-test.vault.azure.net/keys/key1";
    static final String VAULT = "https://mykeyvault.vault.azure.net/";


    /** A POST body for a data SVM (by name), authenticating with a client secret. */
    static Map<String, Object> svmBody(String svmName) {
        Map<String, Object> body = clusterBody();
        body.put("svm", Map.of("name", svmName));
        return body;
    }

    /** A POST body without svm: the cluster scope (004:45-50). */
    static Map<String, Object> clusterBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_id", "client1");
        body.put("tenant_id", "tenant1");
        body.put("name", VAULT);
        body.put("key_id", KEY_ID);
        body.put("client_secret", Secrets.secret("akv"));
        return body;
    }

    /** A client certificate the mock accepts, carrying the secret marker ({@link Secrets#certificate}). */
    static String certificate(String tag) {
        return Secrets.certificate(tag);
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    static Map<String, Object> without(Map<String, Object> body, String field) {
        body.remove(field);
        return body;
    }

    /** Creates a configuration, waiting for its job; its UUID. */
    static String create(Map<String, Object> body) {
        return createdUuid(api().body(body).post(PATH + "?return_timeout=30").then().statusCode(201).extract()
                .response());
    }

    static String createInactive(Map<String, Object> body, String configurationName) {
        body.put("configuration", Map.of("name", configurationName));
        return createdUuid(api().body(body).post(PATH + "?create_inactive=true&return_timeout=30").then()
                .statusCode(201).extract().response());
    }

    static String createdUuid(Response answer) {
        String location = answer.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static JsonPath record(String uuid, String fields) {
        return api().get(PATH + "/" + uuid + (fields == null ? "" : "?fields=" + fields)).then().statusCode(200)
                .extract().jsonPath();
    }

    static List<String> uuids() {
        return api().get(PATH).then().statusCode(200).extract().jsonPath().getList("records.uuid");
    }

    static void assertNoConfigurations() {
        api().get(PATH).then().statusCode(200).body("num_records", equalTo(0));
    }
}
