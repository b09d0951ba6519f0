package io.github.ontapkmsmock.ontap.faults;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A valid request for each asynchronous operation of the spec, with what it needs set up first (an AWS KMS or an
 * Azure Key Vault of vs0), so that the job path can be exercised for each.
 */
final class AsyncRequests {

    static final String AWS = "/api/security/aws-kms";
    static final String AZURE = "/api/security/azure-key-vaults";
    static final String KEY_MANAGERS = "/api/security/key-managers";
    /** The 9.17.1 page's key identifiers, with their version (003:40-42). */
    static final String AZURE_KEY = "https://keyvault-test.vault.azure.net/keys/key1/a8e619fd8f234db3b0b95c59540e2a74";
    static final String OTHER_AZURE_KEY =
            "https://keyvault-test.vault.azure.net/keys/key2/0123456789abcdef0123456789abcdef";

    /** What to send: method, path and body (null for none). */
    record Request(String method, String path, Map<String, Object> body) {

        Response send(RequestSpecification spec) {
            return (body == null ? spec : spec.body(body)).request(method, path);
        }
    }

    private AsyncRequests() {
    }

    /** Sets up what the operation needs and answers the request to send. */
    static Request prepare(String operationId) {
        return switch (operationId) {
            case "aws_kms_rekey_external" -> new Request("POST", AWS + "/" + createAwsKms() + "/rekey-external",
                    Map.of("key_id", "kmip-aws-2"));
            case "aws_kms_rekey_internal" -> new Request("POST", AWS + "/" + createAwsKms() + "/rekey-internal", null);
            case "aws_kms_restore" -> new Request("POST", AWS + "/" + createAwsKms() + "/restore", null);
            case "azure_key_vault_create" -> new Request("POST", AZURE, azureBody());
            case "azure_key_vault_modify" -> new Request("PATCH", AZURE + "/" + createAzureKeyVault(),
                    Map.of("proxy_type", "http", "proxy_host", "proxy.example.com", "proxy_port", 3128));
            case "azure_key_vault_delete" -> new Request("DELETE", AZURE + "/" + createAzureKeyVault(), null);
            case "azure_key_vault_rekey_external" -> new Request("POST",
                    AZURE + "/" + createAzureKeyVault() + "/rekey-external", Map.of("key_id", OTHER_AZURE_KEY));
            case "azure_key_vault_rekey_internal" -> new Request("POST",
                    AZURE + "/" + createAzureKeyVault() + "/rekey-internal", null);
            case "azure_key_vault_restore" -> new Request("POST", AZURE + "/" + createAzureKeyVault() + "/restore",
                    null);
            case "security_key_manager_modify" -> new Request("PATCH",
                    KEY_MANAGERS + "/" + createExternalVs0() + "?validate_certificates=true", Map.of());
            case "security_key_manager_migrate" -> new Request("POST",
                    KEY_MANAGERS + "/" + createExternalVs0() + "/migrate", Map.of("uuid", createOnboard()));
            case "security_key_manager_restore" -> new Request("POST",
                    KEY_MANAGERS + "/" + createExternalVs0() + "/restore", null);
            default -> throw new IllegalArgumentException("no request for the asynchronous operation " + operationId
                    + ": add one here");
        };
    }

    /** An external key manager of vs0, with vs0's certificates of the embedded inventory. */
    static String createExternalVs0() {
        Map<String, Object> external = Map.of(
                "client_certificate", Map.of("uuid", Inventory.VS0_CLIENT_CERT),
                "server_ca_certificates", List.of(Map.of("uuid", Inventory.VS0_SERVER_CA)),
                "servers", List.of(Map.of("server", "10.0.0.1")));
        return uuidOf(api().body(Map.of("svm", Map.of("name", "vs0"), "external", external)).post(KEY_MANAGERS)
                .then().statusCode(201).extract().response());
    }

    /** The cluster's onboard key manager. */
    static String createOnboard() {
        return uuidOf(api().body(Map.of("onboard", Map.of("passphrase", Secrets.passphrase(40, 'p'))))
                .post(KEY_MANAGERS).then().statusCode(201).extract().response());
    }

    static String createAwsKms() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("svm", Map.of("name", "vs0"));
        body.put("region", "us-east-1");
        body.put("key_id", "kmip-aws");
        body.put("access_key_id", "AK7ATC35ZXU6GKUDQURT");
        body.put("secret_access_key", Secrets.secret("aws"));
        return uuidOf(api().body(body).post(AWS).then().statusCode(201).extract().response());
    }

    static String createAzureKeyVault() {
        return uuidOf(api().body(azureBody()).post(AZURE + "?return_timeout=30").then().statusCode(201).extract()
                .response());
    }

    static Map<String, Object> azureBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("svm", Map.of("name", "vs0"));
        body.put("client_id", "client1");
        body.put("tenant_id", "tenant1");
        body.put("name", "https://mykeyvault.vault.azure.net/");
        body.put("key_id", AZURE_KEY);
        body.put("client_secret", Secrets.secret("akv"));
        return body;
    }

    static RequestSpecification api() {
        return given().auth().preemptive().basic(OntapTest.USER, OntapTest.PASSWORD)
                .contentType("application/json").accept("application/hal+json");
    }

    private static String uuidOf(Response created) {
        String location = created.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
