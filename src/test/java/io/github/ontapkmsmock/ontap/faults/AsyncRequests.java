package io.github.ontapkmsmock.ontap.faults;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

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
            default -> throw new IllegalArgumentException("no request for the asynchronous operation " + operationId
                    + ": add one here");
        };
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
