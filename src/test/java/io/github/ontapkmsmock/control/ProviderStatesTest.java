package io.github.ontapkmsmock.control;

import static io.github.ontapkmsmock.control.ControlClient.addRule;
import static io.github.ontapkmsmock.control.ControlClient.control;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** {@code /_mock/provider-states}: every state of the catalogue and its parameters, through HTTP as verifiers call it. */
@QuarkusTest
class ProviderStatesTest extends OntapTest {

    static final String UUID_1 = "0b7e5f5c-1c1a-4f0e-9d8b-5a3e7b1c2d01";
    static final String UUID_2 = "0b7e5f5c-1c1a-4f0e-9d8b-5a3e7b1c2d02";

    static final String VAULT2_KEY = "https://vault2.vault.azure.net/keys/key2/0123456789abcdef0123456789abcdef";

    static ValidatableResponse setup(String state, Map<String, Object> params) {
        return control().body(Map.of("state", state, "params", params, "action", "setup"))
                .post("/_mock/provider-states").then();
    }

    @Test
    void resetStateClearsRecordsAndRules() {
        setup(ProviderStateCatalogue.AWS_KMS, Map.of()).statusCode(200);
        api().get("/api/cluster").then().statusCode(200);
        addRule(Map.of("operation_id", "cluster_get", "code", "6"));
        setup(ProviderStateCatalogue.RESET, Map.of()).statusCode(200);
        api().get("/api/cluster").then().statusCode(200);
        api().get("/api/security/aws-kms").then().body("num_records", equalTo(0));
    }

    @Test
    void versionStateTakesTheReleaseFromItsNameOrItsParameter() {
        setup("the cluster runs ONTAP 9.13.1", Map.of()).statusCode(200).body("version", equalTo("9.13.1"));
        api().get("/api/cluster").then().body("version.major", equalTo(13));
        setup(ProviderStateCatalogue.VERSION, Map.of("version", "9.11.1")).statusCode(200)
                .body("version", equalTo("9.11.1"));
        api().get("/api/security/aws-kms").then().statusCode(404);
    }

    @Test
    void unreachableStateMarksTheServiceFromOneNodeOrAll() {
        setup("amazon is unreachable", Map.of("node", "node2")).statusCode(200);
        control().get("/_mock/reachability").then()
                .body("records.findAll { !it.reachable }.node.name", equalTo(List.of("node2")))
                .body("records.findAll { !it.reachable }.service", equalTo(List.of("amazon")));
        api().get("/api/cluster").then().statusCode(200);
        setup("ekmip is unreachable", Map.of()).statusCode(200);
        control().get("/_mock/reachability").then()
                .body("records.findAll { !it.reachable }.node.name", equalTo(List.of("node1", "node2")));
        setup("kmip is unreachable", Map.of("node", "node1")).statusCode(200);
        control().get("/_mock/reachability").then()
                .body("records.findAll { !it.reachable && it.service == 'kmip' }.node.name", equalTo(List.of("node1")));
        setup("gcp is unreachable", Map.of()).statusCode(400).body("error.target", equalTo("params.service"));
    }

    @Test
    void awsKmsStateCreatesTheConfigurationWithEveryParameter() {
        setup(ProviderStateCatalogue.AWS_KMS, Map.of("uuid", UUID_1, "svm_name", "vs1", "key_id", "key-9",
                "region", "eu-west-1", "access_key_id", "AKIDPROVIDERSTATE")).statusCode(200)
                .body("uuid", equalTo(UUID_1)).body("svm_name", equalTo("vs1"));
        api().get("/api/security/aws-kms/" + UUID_1 + "?fields=svm,key_id,region,access_key_id").then()
                .statusCode(200).body("svm.name", equalTo("vs1")).body("key_id", equalTo("key-9"))
                .body("region", equalTo("eu-west-1")).body("access_key_id", equalTo("AKIDPROVIDERSTATE"));
    }

    @Test
    void awsKmsStateDefaultsToVs0WithARandomUuid() {
        String uuid = setup(ProviderStateCatalogue.AWS_KMS, Map.of()).statusCode(200)
                .body("svm_name", equalTo("vs0")).extract().path("uuid");
        api().get("/api/security/aws-kms/" + uuid).then().statusCode(200).body("region", equalTo("us-east-1"));
    }

    @Test
    void stateRulesStillApply() {
        setup(ProviderStateCatalogue.AWS_KMS, Map.of("svm_name", "cluster1")).statusCode(400)
                .body("error.target", equalTo("svm"));
        setup(ProviderStateCatalogue.AWS_KMS, Map.of("uuid", "not-a-uuid")).statusCode(400)
                .body("error.target", equalTo("params.uuid"));
        setup(ProviderStateCatalogue.AWS_KMS, Map.of("svm_name", "vs9")).statusCode(400)
                .body("error.target", equalTo("params.svm_name"));
        api().get("/api/security/aws-kms").then().body("num_records", equalTo(0));
    }

    @Test
    void azureKeyVaultStateCreatesAnEnabledConfigurationAtClusterScopeByDefault() {
        setup(ProviderStateCatalogue.AZURE_KEY_VAULT, Map.of("uuid", UUID_1, "key_id",
                VAULT2_KEY, "name", "https://vault2.vault.azure.net/", "client_id",
                "client9", "tenant_id", "tenant9")).statusCode(200).body("uuid", equalTo(UUID_1))
                .body("svm_name", equalTo("cluster1"));
        api().get("/api/security/azure-key-vaults/" + UUID_1 + "?fields=enabled,scope,key_id,name,client_id,tenant_id")
                .then().statusCode(200).body("enabled", equalTo(true)).body("scope", equalTo("cluster"))
                .body("key_id", equalTo(VAULT2_KEY))
                .body("name", equalTo("https://vault2.vault.azure.net/")).body("client_id", equalTo("client9"))
                .body("tenant_id", equalTo("tenant9"));
    }

    @Test
    void azureKeyVaultStateWithEnabledFalseCreatesAnInactiveConfiguration() {
        String uuid = setup(ProviderStateCatalogue.AZURE_KEY_VAULT, Map.of("svm_name", "vs1", "enabled", false,
                "configuration_name", "standby")).statusCode(200).extract().path("uuid");
        api().get("/api/security/azure-key-vaults/" + uuid + "?fields=enabled,svm,configuration").then()
                .statusCode(200).body("enabled", equalTo(false)).body("svm.name", equalTo("vs1"))
                .body("configuration.name", equalTo("standby"));
    }

    @Test
    void externalKeyManagerStateKeepsTheServersInOrder() {
        setup(ProviderStateCatalogue.EXTERNAL_KEY_MANAGER, Map.of("uuid", UUID_1, "svm_name", "vs1", "servers",
                List.of("10.0.0.7:5696", "10.0.0.5:5696", "10.0.0.6:5696"))).statusCode(200)
                .body("uuid", equalTo(UUID_1)).body("svm_name", equalTo("vs1"));
        api().get("/api/security/key-managers/" + UUID_1 + "/key-servers").then().statusCode(200)
                .body("records.server", equalTo(List.of("10.0.0.7:5696", "10.0.0.5:5696", "10.0.0.6:5696")));
        api().get("/api/security/key-managers/" + UUID_1).then().body("scope", equalTo("svm"));
    }

    @Test
    void externalKeyManagerStateIsAtClusterScopeByDefaultAndTakesServersAsText() {
        String uuid = setup(ProviderStateCatalogue.EXTERNAL_KEY_MANAGER, Map.of("servers",
                "10.0.0.5:5696, 10.0.0.6:5696")).statusCode(200).body("svm_name", equalTo("cluster1"))
                .extract().path("uuid");
        api().get("/api/security/key-managers/" + uuid).then().body("scope", equalTo("cluster"));
        api().get("/api/security/key-managers/" + uuid + "/key-servers").then()
                .body("records.server", equalTo(List.of("10.0.0.5:5696", "10.0.0.6:5696")));
    }

    @Test
    void onboardKeyManagerStateTakesTheUuidAndThePassphrase() {
        String passphrase = "a-consumer-chosen-passphrase-0123456789";
        setup(ProviderStateCatalogue.ONBOARD_KEY_MANAGER, Map.of("uuid", UUID_2, "passphrase", passphrase))
                .statusCode(200).body("uuid", equalTo(UUID_2));
        api().body(Map.of("onboard", Map.of("existing_passphrase", passphrase, "passphrase",
                "the-next-passphrase-of-the-consumer-0123"))).patch("/api/security/key-managers/" + UUID_2).then()
                .statusCode(200);
    }

    @Test
    void noKeyManagerStateDeletesWhatAnEarlierStateOfTheInteractionCreated() {
        setup(ProviderStateCatalogue.AWS_KMS, Map.of("svm_name", "vs1")).statusCode(200);
        setup("SVM vs1 has no key manager", Map.of()).statusCode(200).body("svm_name", equalTo("vs1"))
                .body("svm_uuid", not(nullValue()));
        api().get("/api/security/aws-kms").then().body("num_records", equalTo(0));
        setup(ProviderStateCatalogue.NO_KEY_MANAGER, Map.of("svm_name", "vs9")).statusCode(400)
                .body("error.target", equalTo("params.svm_name"));
    }

    @Test
    void armedFaultFailsTheNextCallOnly() {
        setup("fault 3735622 is armed for aws_kms_create", Map.of()).statusCode(200)
                .body("fault_id", not(nullValue()));
        Map<String, Object> body = Map.of("svm", Map.of("name", "vs0"), "region", "us-east-1", "key_id", "k1",
                "access_key_id", "AKID", "secret_access_key", "s3cret");
        api().body(body).post("/api/security/aws-kms").then().statusCode(400).body("error.code", equalTo("3735622"));
        api().body(body).post("/api/security/aws-kms").then().statusCode(201);
    }

    @Test
    void armedFaultNamesItsTarget() {
        setup(ProviderStateCatalogue.FAULT, Map.of("code", "65536038", "operation_id", "key_server_create", "target",
                "server")).statusCode(200);
        api().body(Map.of("server", "10.0.0.9:5696")).post("/api/security/key-managers/" + UUID_1 + "/key-servers")
                .then().statusCode(400).body("error.code", equalTo("65536038")).body("error.target", equalTo("server"));
    }

    @Test
    void armedFaultCanFailTheJob() {
        setup(ProviderStateCatalogue.AZURE_KEY_VAULT, Map.of("uuid", UUID_1)).statusCode(200);
        setup(ProviderStateCatalogue.FAULT, Map.of("code", "65539436", "operation_id",
                "azure_key_vault_rekey_external", "job", true)).statusCode(200);
        String job = api().body(Map.of("key_id", ProviderStateCatalogue.AZURE_KEY_ID))
                .post("/api/security/azure-key-vaults/" + UUID_1 + "/rekey-external").then().statusCode(202)
                .extract().path("job.uuid");
        api().get("/api/cluster/jobs/" + job).then().body("state", equalTo("failure"))
                .body("code", equalTo(65539436));
    }

    @Test
    void armedFaultMustBeDocumentedForTheOperation() {
        setup("fault 65539436 is armed for aws_kms_create", Map.of()).statusCode(400);
        setup("fault 3735622 is armed for no_such_operation", Map.of()).statusCode(400)
                .body("error.target", equalTo("operation_id"));
    }

    @Test
    void jobStateLeavesAFinishedJobToPoll() {
        setup(ProviderStateCatalogue.JOB, Map.of("uuid", UUID_1, "description", "PATCH /api/security/aws-kms"))
                .statusCode(200).body("uuid", equalTo(UUID_1));
        api().get("/api/cluster/jobs/" + UUID_1).then().statusCode(200).body("state", equalTo("success"))
                .body("description", equalTo("PATCH /api/security/aws-kms"));
        setup(ProviderStateCatalogue.JOB, Map.of("uuid", UUID_2, "operation_id", "aws_kms_rekey_external", "code",
                "65537547")).statusCode(200);
        api().get("/api/cluster/jobs/" + UUID_2).then().body("state", equalTo("failure"))
                .body("code", equalTo(65537547));
    }

    @Test
    void statesOfOneInteractionAddUpAndTheNextInteractionStartsAfresh() {
        setup(ProviderStateCatalogue.AWS_KMS, Map.of("svm_name", "vs0")).statusCode(200);
        setup(ProviderStateCatalogue.EXTERNAL_KEY_MANAGER, Map.of("svm_name", "vs1")).statusCode(200);
        api().get("/api/security/aws-kms").then().body("num_records", equalTo(1));
        api().get("/api/security/key-managers?scope=svm").then().body("num_records", equalTo(1));
        setup(ProviderStateCatalogue.ONBOARD_KEY_MANAGER, Map.of()).statusCode(200);
        api().get("/api/security/aws-kms").then().body("num_records", equalTo(0));
        api().get("/api/security/key-managers?fields=scope").then().body("records.scope", equalTo(List.of("cluster")));
    }

    @Test
    void failedSetupMakesTheNextOneStartAfresh() {
        setup(ProviderStateCatalogue.AWS_KMS, Map.of("svm_name", "vs0")).statusCode(200);
        setup(ProviderStateCatalogue.AWS_KMS, Map.of("svm_name", "vs0")).statusCode(409);
        setup(ProviderStateCatalogue.EXTERNAL_KEY_MANAGER, Map.of("svm_name", "vs1")).statusCode(200);
        api().get("/api/security/aws-kms").then().body("num_records", equalTo(0));
    }

    @Test
    void olderBodyFormSetsUpEveryListedStateAfterOneReset() {
        control().body(Map.of("consumer", "ontap-client", "states", List.of("the cluster runs ONTAP 9.14.1",
                "ekmip is unreachable"))).post("/_mock/provider-states").then().statusCode(200)
                .body("version", equalTo("9.14.1"));
        api().get("/api/cluster").then().body("version.major", equalTo(14));
        control().get("/_mock/reachability").then().body("records.findAll { !it.reachable }.size()", equalTo(2));
        control().body(Map.of("consumer", "ontap-client", "state", ProviderStateCatalogue.RESET, "states",
                List.of(ProviderStateCatalogue.RESET))).post("/_mock/provider-states").then().statusCode(200);
        api().get("/api/cluster").then().body("version.major", equalTo(17));
    }

    @Test
    void stateAsQueryParametersWithoutBodyAsVerifiersSendItOnRequest() {
        control().queryParam("state", ProviderStateCatalogue.EXTERNAL_KEY_MANAGER).queryParam("action", "setup")
                .queryParam("uuid", UUID_1).queryParam("svm_name", "vs1")
                .queryParam("servers", "10.0.0.2:5696,10.0.0.1:5696").post("/_mock/provider-states").then()
                .statusCode(200).body("uuid", equalTo(UUID_1));
        api().get("/api/security/key-managers/" + UUID_1).then().statusCode(200)
                .body("svm.name", equalTo("vs1"))
                .body("external.servers.server", equalTo(List.of("10.0.0.2:5696", "10.0.0.1:5696")));
        control().queryParam("state", ProviderStateCatalogue.EXTERNAL_KEY_MANAGER).queryParam("action", "teardown")
                .post("/_mock/provider-states").then().statusCode(200);
        api().get("/api/security/key-managers").then().body("num_records", equalTo(0));
        control().queryParam("state", ProviderStateCatalogue.RESET).queryParam("action", "reset")
                .post("/_mock/provider-states").then().statusCode(400).body("error.target", equalTo("action"));
    }

    @Test
    void teardownResets() {
        setup("the cluster runs ONTAP 9.13.1", Map.of()).statusCode(200);
        control().body(Map.of("state", "the cluster runs ONTAP 9.13.1", "action", "teardown"))
                .post("/_mock/provider-states").then().statusCode(200).body(equalTo("{}"));
        api().get("/api/cluster").then().body("version.major", equalTo(17));
    }

    @Test
    void formerStateNamesKeepWorking() {
        setup("an AWS KMS exists", Map.of("svm", "vs1")).statusCode(200).body("svm", equalTo("vs1"));
        api().get("/api/security/aws-kms?svm.name=vs1").then().body("num_records", equalTo(1));
        setup("an Azure Key Vault exists", Map.of()).statusCode(200).body("svm", equalTo("vs0"));
        api().get("/api/security/azure-key-vaults?svm.name=vs0").then().body("num_records", equalTo(1));
        setup("the cluster runs ONTAP version", Map.of("version", "9.13.1")).statusCode(200)
                .body("version", equalTo("9.13.1"));
        setup("a key service is unreachable", Map.of("service", "azure")).statusCode(200);
        control().get("/_mock/reachability").then().body("records.findAll { !it.reachable }.size()", equalTo(2));
        setup(ProviderStateCatalogue.EXTERNAL_KEY_MANAGER, Map.of("svm", "vs0", "server", "10.0.0.5:5696"))
                .statusCode(200).body("svm_name", equalTo("vs0"));
        api().get("/api/security/key-managers?fields=svm").then().body("records.svm.name", equalTo(List.of("vs0")));
        setup("the cluster is in its seeded state", Map.of()).statusCode(200);
        api().get("/api/security/key-managers").then().body("num_records", equalTo(0));
    }

    @Test
    void unknownStateIsRefusedWithTheKnownOnesAndChangesNothing() {
        setup(ProviderStateCatalogue.AWS_KMS, Map.of()).statusCode(200);
        setup("a cluster on fire", Map.of()).statusCode(400).body("error.target", equalTo("state"))
                .body("error.message", containsString(ProviderStateCatalogue.AWS_KMS))
                .body("error.message", containsString("an AWS KMS exists"));
        api().get("/api/security/aws-kms").then().body("num_records", equalTo(1));
        setup(ProviderStateCatalogue.VERSION, Map.of()).statusCode(400).body("error.target",
                equalTo("params.version"));
    }

    @Test
    void catalogueListsEveryStateWithItsParametersAndAnswers() {
        control().get("/_mock/provider-states").then().statusCode(200)
                .body("num_records", equalTo(10))
                .body("records.name", hasItems(ProviderStateCatalogue.RESET, ProviderStateCatalogue.FAULT,
                        ProviderStateCatalogue.NO_KEY_MANAGER, ProviderStateCatalogue.AZURE_KEY_VAULT))
                .body("records.find { it.name == 'an AWS KMS configuration exists' }.parameters.name",
                        equalTo(List.of("uuid", "svm_name", "key_id", "region", "access_key_id")))
                .body("records.find { it.name == 'an AWS KMS configuration exists' }.parameters[1].default",
                        equalTo("vs0"))
                .body("records.find { it.name == 'an AWS KMS configuration exists' }.answers",
                        equalTo(List.of("uuid", "svm_name")))
                .body("aliases.name", hasItems("an AWS KMS exists", "the cluster is in its seeded state"));
    }

    @Test
    void endpointNeedsTheControlCredentialsByDefault() {
        io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("state", ProviderStateCatalogue.RESET)).post("/_mock/provider-states").then()
                .statusCode(401);
    }
}
