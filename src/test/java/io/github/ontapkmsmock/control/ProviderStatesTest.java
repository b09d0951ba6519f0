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
    void unknownStateIsRefusedWithTheKnownOnes() {
        control().body(Map.of("state", "a cluster on fire")).post("/_mock/provider-states").then().statusCode(400)
                .body("error.target", equalTo("state"))
                .body("error.message", containsString(ProviderStates.SEEDED));
        control().body(Map.of("state", ProviderStates.VERSION)).post("/_mock/provider-states").then()
                .statusCode(400).body("error.target", equalTo("params.version"));
    }
}
