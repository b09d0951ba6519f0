package io.github.ontapkmsmock.control;

import static io.github.ontapkmsmock.control.ControlClient.addRule;
import static io.github.ontapkmsmock.control.ControlClient.control;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProviderStatesTest extends OntapTest {

    @Test
    void seededStateResetsTheMock() {
        addRule(Map.of("operation_id", "cluster_get", "code", "6"));
        control().body(Map.of("state", ProviderStates.SEEDED, "params", Map.of(), "action", "setup"))
                .post("/_mock/provider-states").then().statusCode(200);
        api().get("/api/cluster").then().statusCode(200);
    }

    @Test
    void stateAsPactRubyVerifiersSendIt() {
        control().body(Map.of("consumer", "ontap-client", "state", ProviderStates.SEEDED,
                "states", List.of(ProviderStates.SEEDED), "params", Map.of()))
                .post("/_mock/provider-states").then().statusCode(200);
    }

    @Test
    void versionStateSetsTheEmulatedRelease() {
        control().body(Map.of("state", ProviderStates.VERSION, "params", Map.of("version", "9.13.1")))
                .post("/_mock/provider-states").then().statusCode(200).body("version", equalTo("9.13.1"));
        api().get("/api/cluster").then().body("version.major", equalTo(13));
        control().body(Map.of("state", ProviderStates.VERSION, "action", "teardown"))
                .post("/_mock/provider-states").then().statusCode(200);
        api().get("/api/cluster").then().body("version.major", equalTo(17));
    }

    @Test
    void unreachableStateMarksTheService() {
        control().body(Map.of("state", ProviderStates.UNREACHABLE, "params", Map.of("service", "amazon",
                "node", "node2"))).post("/_mock/provider-states").then().statusCode(200);
        control().get("/_mock/reachability").then()
                .body("records.findAll { !it.reachable }.node.name", equalTo(List.of("node2")));
    }

    @Test
    void awsKmsStateCreatesOneForTheSvm() {
        String uuid = control().body(Map.of("state", ProviderStates.AWS_KMS, "params", Map.of("svm", "vs1")))
                .post("/_mock/provider-states").then().statusCode(200).body("svm", equalTo("vs1"))
                .extract().path("uuid");
        api().get("/api/security/aws-kms/" + uuid).then().statusCode(200).body("svm.name", equalTo("vs1"));
        control().body(Map.of("state", ProviderStates.AWS_KMS)).post("/_mock/provider-states").then()
                .statusCode(200).body("svm", equalTo("vs0"));
        api().get("/api/security/aws-kms").then().body("num_records", equalTo(1));
    }

    @Test
    void azureKeyVaultStateCreatesAnEnabledOne() {
        String uuid = control().body(Map.of("state", ProviderStates.AZURE_KEY_VAULT))
                .post("/_mock/provider-states").then().statusCode(200).extract().path("uuid");
        api().get("/api/security/azure-key-vaults/" + uuid + "?fields=enabled,svm").then().statusCode(200)
                .body("enabled", equalTo(true)).body("svm.name", equalTo("vs0"));
    }

    @Test
    void keyManagerStatesCreateExternalAndOnboardOnes() {
        String external = control().body(Map.of("state", ProviderStates.EXTERNAL_KEY_MANAGER, "params",
                Map.of("svm", "vs0", "server", "10.0.0.5:5696"))).post("/_mock/provider-states").then()
                .statusCode(200).extract().path("uuid");
        api().get("/api/security/key-managers/" + external + "/key-servers").then()
                .body("records.server", equalTo(List.of("10.0.0.5:5696")));
        String onboard = control().body(Map.of("state", ProviderStates.ONBOARD_KEY_MANAGER))
                .post("/_mock/provider-states").then().statusCode(200).extract().path("uuid");
        api().get("/api/security/key-managers/" + onboard).then().statusCode(200).body("scope", equalTo("cluster"));
        api().get("/api/security/key-managers/" + external).then().statusCode(404);
    }

    @Test
    void unknownStateIsRefusedWithTheKnownOnes() {
        control().body(Map.of("state", "a cluster on fire")).post("/_mock/provider-states").then().statusCode(400)
                .body("error.target", equalTo("state"))
                .body("error.message", containsString(ProviderStates.SEEDED));
        control().body(Map.of("state", ProviderStates.VERSION)).post("/_mock/provider-states").then()
                .statusCode(400).body("error.target", equalTo("params.version"));
    }
}
