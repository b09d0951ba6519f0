package io.github.ontapkmsmock.testing;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A state with records in every family, built through the API as a client builds it: an external key manager of
 * the cluster with two key servers (one with KMIP credentials) and an inactive one, an AWS KMS of vs0 (with a
 * proxy), an Azure Key Vault of vs1 and an inactive one, a changed key manager configuration, a fault rule that
 * matches nothing the tests send, a reachability mark, and a finished job. Every secret carries the leak marker.
 */
public final class RichState {

    public static final String AWS_KMS = "/api/security/aws-kms";
    public static final String AZURE_KEY_VAULTS = "/api/security/azure-key-vaults";
    public static final String KEY_MANAGERS = "/api/security/key-managers";
    public static final String SERVER_1 = "10.225.89.33:5696";
    public static final String SERVER_2 = "10.225.89.34:5696";
    public static final String AWS_SECRET = Secrets.secret("aws-secret-access-key");
    public static final String PROXY_PASSWORD = Secrets.secret("aws-proxy-password");
    public static final String CLIENT_SECRET = Secrets.secret("azure-client-secret");
    public static final String KMIP_PASSWORD = Secrets.secret("kmip-password");
    public static final String AZURE_KEY_ID =
            "https://keyvault-test.vault.azure.net/keys/key1/a8e619fd8f234db3b0b95c59540e2a74";

    /** The keys of what was created. */
    public record Seeded(String awsKms, String azureKeyVault, String inactiveAzureKeyVault, String keyManager,
            String inactiveKeyManager, String job) {
    }

    private RichState() {
    }

    public static Seeded seed() {
        String keyManager = created(api().body(externalKeyManager(null, SERVER_1, SERVER_2)).post(KEY_MANAGERS));
        api().body(Map.of("username", "kmip-user", "password", KMIP_PASSWORD))
                .patch(KEY_MANAGERS + "/" + keyManager + "/key-servers/" + SERVER_1).then().statusCode(200);
        Map<String, Object> spare = externalKeyManager(null, "10.225.89.35:5696");
        spare.put("configuration", Map.of("name", "spare"));
        String inactiveKeyManager = created(api().body(spare).post(KEY_MANAGERS + "?create_inactive=true"));
        String awsKms = created(api().body(awsKms(Inventory.VS0)).post(AWS_KMS));
        Response accepted = api().body(azureKeyVault(Inventory.VS1)).post(AZURE_KEY_VAULTS + "?return_timeout=0");
        accepted.then().statusCode(202);
        String jobHref = accepted.path("job._links.self.href");
        Jobs.awaitJob(jobHref);
        String azure = given().auth().preemptive().basic(OntapTest.USER, OntapTest.PASSWORD)
                .get(AZURE_KEY_VAULTS + "?svm.name=" + Inventory.VS1).then().statusCode(200).extract()
                .path("records[0].uuid");
        Map<String, Object> inactiveAzure = azureKeyVault(Inventory.VS1);
        inactiveAzure.put("configuration", Map.of("name", "vs1-spare"));
        String inactiveAzureKeyVault = created(
                api().body(inactiveAzure).post(AZURE_KEY_VAULTS + "?create_inactive=true&return_timeout=30"));
        api().body(Map.of("health_monitor_polling_interval", 20)).patch("/api/security/key-manager-configs").then()
                .statusCode(200);
        control().body(Map.of("operation_id", "job_get", "path",
                "/api/cluster/jobs/ffffffff-0000-4000-8000-00000000dead", "delay_ms", 1)).post("/_mock/faults").then()
                .statusCode(201);
        control().body(Map.of("service", "ekmip", "node", "node2", "reachable", false)).put("/_mock/reachability")
                .then().statusCode(200);
        return new Seeded(awsKms, azure, inactiveAzureKeyVault, keyManager, inactiveKeyManager,
                jobHref.substring(jobHref.lastIndexOf('/') + 1));
    }

    /** An AWS KMS of the SVM with every secret POST takes. */
    public static Map<String, Object> awsKms(String svm) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("svm", Map.of("name", svm));
        body.put("region", "us-east-1");
        body.put("key_id", "kmip-aws");
        body.put("access_key_id", "AK7ATC35ZXU6GKUDQURT");
        body.put("secret_access_key", AWS_SECRET);
        body.put("proxy_type", "http");
        body.put("proxy_host", "proxy.eng.com");
        body.put("proxy_port", 1234);
        body.put("proxy_username", "proxyuser");
        body.put("proxy_password", PROXY_PASSWORD);
        return body;
    }

    /** An Azure Key Vault of the SVM (the cluster's when null), authenticating with a client secret. */
    public static Map<String, Object> azureKeyVault(String svm) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (svm != null) {
            body.put("svm", Map.of("name", svm));
        }
        body.put("client_id", "client1");
        body.put("tenant_id", "tenant1");
        body.put("name", "https://mykeyvault.vault.azure.net/");
        body.put("key_id", AZURE_KEY_ID);
        body.put("client_secret", CLIENT_SECRET);
        return body;
    }

    /** An external key manager of the SVM (the cluster's when null) with its installed certificates. */
    public static Map<String, Object> externalKeyManager(String svm, String... servers) {
        boolean cluster = svm == null;
        Map<String, Object> external = new LinkedHashMap<>();
        external.put("client_certificate",
                Map.of("uuid", cluster ? Inventory.CLUSTER_CLIENT_CERT : certificate(svm, "client")));
        external.put("server_ca_certificates",
                List.of(Map.of("uuid", cluster ? Inventory.CLUSTER_SERVER_CA : certificate(svm, "server_ca"))));
        external.put("servers", java.util.Arrays.stream(servers).map(s -> Map.of("server", s)).toList());
        Map<String, Object> body = new LinkedHashMap<>();
        if (!cluster) {
            body.put("svm", Map.of("name", svm));
        }
        body.put("external", external);
        return body;
    }

    private static String certificate(String svm, String type) {
        return switch (svm + "/" + type) {
            case "vs0/client" -> Inventory.VS0_CLIENT_CERT;
            case "vs0/server_ca" -> Inventory.VS0_SERVER_CA;
            case "vs1/client" -> Inventory.VS1_CLIENT_CERT;
            case "vs1/server_ca" -> Inventory.VS1_SERVER_CA;
            default -> throw new IllegalArgumentException("no " + type + " certificate for " + svm);
        };
    }

    private static String created(Response answer) {
        answer.then().statusCode(201);
        String location = answer.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static RequestSpecification api() {
        return given().auth().preemptive().basic(OntapTest.USER, OntapTest.PASSWORD).contentType("application/json")
                .accept("application/hal+json");
    }

    private static RequestSpecification control() {
        return given().auth().preemptive().basic(OntapTest.USER, OntapTest.PASSWORD).contentType("application/json")
                .accept("application/json");
    }
}
