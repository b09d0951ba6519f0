package io.github.ontapkmsmock.control;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.github.ontapkmsmock.control.ControlClient.state;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

/** The families' stores in the state document: exported without secrets, imported all or nothing. */
@QuarkusTest
class StateOfFamiliesTest extends OntapTest {

    static final String AWS = "/api/security/aws-kms";
    static final String AZURE = "/api/security/azure-key-vaults";
    static final String KEY_MANAGERS = "/api/security/key-managers";
    static final String PASSPHRASE = Secrets.passphrase(40, 'p');

    @Test
    void exportHoldsEveryFamilysRecordsWithoutSecrets() {
        String aws = createAwsKms("vs0");
        String azure = createAzureKeyVault("vs1");
        String external = createExternalClusterKeyManager();
        JsonNode exported = state();
        assertEquals(aws, exported.at("/aws_kms/0/uuid").asText());
        assertEquals("vs0", exported.at("/aws_kms/0/svm/name").asText());
        assertFalse(exported.at("/aws_kms/0").has("secret_access_key"));
        assertEquals(azure, exported.at("/azure_key_vaults/0/uuid").asText());
        assertEquals("client_secret", exported.at("/azure_key_vaults/0/credentials/authentication_method").asText());
        assertFalse(exported.at("/azure_key_vaults/0/credentials").has("client_secret"));
        assertEquals(external, exported.at("/key_managers/0/uuid").asText());
        assertEquals("10.225.89.33:5696", exported.at("/key_managers/0/external/servers/0/server").asText());
        assertFalse(exported.at("/key_managers/0/external/servers/0").has("password"));
    }

    @Test
    void exportedFamiliesImportBackToTheSameRecords() {
        String aws = createAwsKms("vs0");
        String azure = createAzureKeyVault("vs1");
        String external = createExternalClusterKeyManager();
        JsonNode exported = state();
        String awsRecord = api().get(AWS + "/" + aws + "?fields=*").asString();
        String azureRecord = api().get(AZURE + "/" + azure + "?fields=*").asString();
        String keyManager = api().get(KEY_MANAGERS + "/" + external + "?fields=**").asString();

        control().post("/_mock/reset").then().statusCode(200);
        api().get(AWS).then().body("num_records", equalTo(0));
        control().body(exported.toString()).put("/_mock/state").then().statusCode(200);

        assertEquals(exported, state());
        assertEquals(awsRecord, api().get(AWS + "/" + aws + "?fields=*").asString());
        assertEquals(azureRecord, api().get(AZURE + "/" + azure + "?fields=*").asString());
        assertEquals(keyManager, api().get(KEY_MANAGERS + "/" + external + "?fields=**").asString());
        // the imported records take part in the rules: vs0 has its key manager again
        api().body(awsBody("vs0")).post(AWS).then().statusCode(409).body("error.code", equalTo("65537910"));
    }

    @Test
    void inactiveConfigurationsAndLaterKeyServerSettingsImportBack() {
        String external = createExternalClusterKeyManager();
        api().body(Map.of("secondary_key_servers", List.of("1.1.1.1"), "create_remove_timeout", 30))
                .patch(KEY_MANAGERS + "/" + external + "/key-servers/10.225.89.33:5696").then().statusCode(200);
        String spare = createInactiveExternalClusterKeyManager("spare", "10.225.89.34:5696");
        JsonNode exported = state();
        String records = api().get(KEY_MANAGERS + "?fields=**").asString();

        control().post("/_mock/reset").then().statusCode(200);
        control().body(exported.toString()).put("/_mock/state").then().statusCode(200);

        assertEquals(records, api().get(KEY_MANAGERS + "?fields=**").asString());
        api().get(KEY_MANAGERS + "/" + spare).then().body("enabled", equalTo(false));
    }

    /** A document written before keystore configurations existed holds enabled key managers only. */
    @Test
    void keyManagerWithoutConfigurationImportsAsEnabled() {
        String external = createExternalClusterKeyManager();
        ObjectNode document = (ObjectNode) state();
        ((ObjectNode) document.at("/key_managers/0")).remove("configuration");
        control().body(document.toString()).put("/_mock/state").then().statusCode(200);
        api().get(KEY_MANAGERS + "/" + external).then().body("enabled", equalTo(true))
                .body("configuration.name", equalTo("default"));
    }

    @Test
    void importedRecordWithoutItsSecretKeepsWorking() {
        String aws = createAwsKms("vs0");
        JsonNode exported = state();
        control().body(exported.toString()).put("/_mock/state").then().statusCode(200);
        api().body(Map.of("region", "us-west-2")).patch(AWS + "/" + aws).then().statusCode(200);
        api().get(AWS + "/" + aws + "?fields=region").then().body("region", equalTo("us-west-2"));
    }

    @Test
    void documentMayCarryTheSecrets() {
        String onboard = api().body(Map.of("onboard", Map.of("passphrase", PASSPHRASE))).post(KEY_MANAGERS).then()
                .statusCode(201).extract().header("Location");
        ObjectNode document = (ObjectNode) state();
        String imported = Secrets.passphrase(48, 'i');
        ((ObjectNode) document.at("/key_managers/0/onboard")).put("passphrase", imported);
        control().body(document.toString()).put("/_mock/state").then().statusCode(200);

        api().body(Map.of("onboard", Map.of("existing_passphrase", imported,
                "passphrase", Secrets.passphrase(64, 'n')))).patch(onboard).then().statusCode(200);
    }

    @Test
    void twoKeyManagersForOneSvmAcrossFamiliesAreRefused() {
        createAwsKms("vs0");
        ObjectNode document = (ObjectNode) state();
        ObjectNode azure = (ObjectNode) exportedAzureKeyVaultOf("vs1");
        azure.put("svm_uuid", Inventory.VS0_UUID);
        document.putArray("azure_key_vaults").add(azure);
        JsonNode before = state();

        control().body(document.toString()).put("/_mock/state").then().statusCode(400)
                .body("error.target", equalTo("azure_key_vaults"))
                .body("error.message", startsWith(MockErrors.PREFIX));
        assertEquals(before, state());
    }

    @Test
    void twoInactiveConfigurationsOfOneNameForOneSvmAreRefused() {
        createInactiveExternalClusterKeyManager("spare", "10.225.89.34:5696");
        createInactiveExternalClusterKeyManager("other", "10.225.89.35:5696");
        ObjectNode document = (ObjectNode) state();
        ((ObjectNode) document.at("/key_managers/1/configuration")).put("name", "spare");
        JsonNode before = state();

        control().body(document.toString()).put("/_mock/state").then().statusCode(400)
                .body("error.target", equalTo("key_managers"))
                .body("error.message", containsString("two keystore configurations named \"spare\""));
        assertEquals(before, state());
    }

    @Test
    void recordOfAnUnknownSvmIsRefused() {
        createAwsKms("vs0");
        ObjectNode document = (ObjectNode) state();
        ((ObjectNode) document.at("/aws_kms/0/svm")).put("uuid", "nope").put("name", "nope");
        JsonNode before = state();
        control().body(document.toString()).put("/_mock/state").then().statusCode(400)
                .body("error.target", equalTo("aws_kms[0].svm"));
        ((ObjectNode) document.at("/aws_kms/0/svm")).put("uuid", Inventory.VS0_UUID).put("name", "vs0");
        ((ObjectNode) document.at("/aws_kms/0")).put("colour", "blue");
        control().body(document.toString()).put("/_mock/state").then().statusCode(400)
                .body("error.target", equalTo("aws_kms[0].colour"));
        ((ArrayNode) document.get("aws_kms")).removeAll();
        ((ArrayNode) document.get("aws_kms")).add("not a record");
        control().body(document.toString()).put("/_mock/state").then().statusCode(400)
                .body("error.target", startsWith("aws_kms[0]"));
        assertEquals(before, state());
    }

    private static JsonNode exportedAzureKeyVaultOf(String svm) {
        createAzureKeyVault(svm);
        JsonNode azure = state().at("/azure_key_vaults/0");
        control().post("/_mock/reset").then().statusCode(200);
        createAwsKms("vs0");
        return azure.deepCopy();
    }

    static Map<String, Object> awsBody(String svm) {
        return Map.of("svm", Map.of("name", svm), "region", "us-east-1", "key_id", "kmip-aws",
                "access_key_id", "AK7ATC35ZXU6GKUDQURT", "secret_access_key", Secrets.secret("aws"));
    }

    static String createAwsKms(String svm) {
        return uuid(api().body(awsBody(svm)).post(AWS).then().statusCode(201).extract().header("Location"));
    }

    static String createAzureKeyVault(String svm) {
        Map<String, Object> body = Map.of("svm", Map.of("name", svm), "client_id", "client1", "tenant_id", "tenant1",
                "name", "https://mykeyvault.vault.azure.net/",
                "key_id", "https://keyvault-test.vault.azure.net/keys/key1/a8e619fd8f234db3b0b95c59540e2a74",
                "client_secret", Secrets.secret("akv"));
        return uuid(api().body(body).post(AZURE + "?return_timeout=30").then().statusCode(201).extract()
                .header("Location"));
    }

    static String createExternalClusterKeyManager() {
        Map<String, Object> body = Map.of("external", Map.of(
                "client_certificate", Map.of("uuid", Inventory.CLUSTER_CLIENT_CERT),
                "server_ca_certificates", List.of(Map.of("uuid", Inventory.CLUSTER_SERVER_CA)),
                "servers", List.of(Map.of("server", "10.225.89.33:5696"))));
        String uuid = uuid(api().body(body).post(KEY_MANAGERS).then().statusCode(201).extract().header("Location"));
        api().body(Map.of("password", Secrets.secret("kmip"), "username", "kmip-user"))
                .patch(KEY_MANAGERS + "/" + uuid + "/key-servers/10.225.89.33:5696").then().statusCode(200);
        return uuid;
    }

    static String createInactiveExternalClusterKeyManager(String name, String server) {
        Map<String, Object> body = Map.of("configuration", Map.of("name", name), "external", Map.of(
                "client_certificate", Map.of("uuid", Inventory.CLUSTER_CLIENT_CERT),
                "server_ca_certificates", List.of(Map.of("uuid", Inventory.CLUSTER_SERVER_CA)),
                "servers", List.of(Map.of("server", server))));
        return uuid(api().body(body).post(KEY_MANAGERS + "?create_inactive=true").then().statusCode(201).extract()
                .header("Location"));
    }

    private static String uuid(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
