package io.github.ontapkmsmock.control;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.faults.Reachability;
import io.github.ontapkmsmock.ontap.faults.Reachability.KeyService;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReachabilityTest extends OntapTest {

    @Inject
    Reachability reachability;

    @Test
    void everyServiceIsReachableFromEveryNodeAfterReset() {
        control().get("/_mock/reachability").then().statusCode(200)
                .body("num_records", equalTo(8))
                .body("records.findAll { it.reachable }.size()", equalTo(8));
        assertEquals(Reachability.Status.OK, reachability.serviceReachability(KeyService.AMAZON));
        assertEquals(new Reachability.Status(true, "0", ""), reachability.keyProtection(KeyService.AZURE));
    }

    @Test
    void amazonUnreachableFromOneNodeShowsTheDocumentedCode() {
        control().body(Map.of("service", "amazon", "node", "node1", "reachable", false))
                .put("/_mock/reachability").then().statusCode(200)
                .body("records.find { it.service == 'amazon' && it.node.name == 'node1' }.reachable", equalTo(false))
                .body("records.find { it.service == 'amazon' && it.node.name == 'node2' }.reachable", equalTo(true))
                .body("records.find { it.service == 'azure' && it.node.name == 'node1' }.reachable", equalTo(true));
        assertEquals(new Reachability.Status(false, "65537915",
                "The Amazon Web Service Key Management Service is unreachable from one or more nodes."),
                reachability.serviceReachability(KeyService.AMAZON));
        assertEquals(new Reachability.Status(false, "65537551",
                "Top-level internal key protection key (KEK) unavailable on one or more nodes."),
                reachability.keyProtection(KeyService.AMAZON));
        assertTrue(reachability.serviceReachability(KeyService.AZURE).reachable());
    }

    @Test
    void azureUnreachableFromEveryNode() {
        control().body(Map.of("service", "azure", "reachable", false)).put("/_mock/reachability").then()
                .statusCode(200).body("records.findAll { !it.reachable }.size()", equalTo(2));
        assertEquals(new Reachability.Status(false, "65537549",
                "The Azure Key Vault Key Management Service is unreachable from one or more nodes."),
                reachability.serviceReachability(KeyService.AZURE));
        control().body(Map.of("service", "azure", "node", Inventory.NODE1_UUID, "reachable", true))
                .put("/_mock/reachability").then().statusCode(200);
        assertFalse(reachability.reachable(KeyService.AZURE, Inventory.NODE2_UUID));
        assertTrue(reachability.reachable(KeyService.AZURE, Inventory.NODE1_UUID));
    }

    @Test
    void keyServersUnreachableShowPerNodeInEkmipReachability() {
        control().body(Map.of("service", "ekmip", "node", Inventory.NODE2_UUID, "reachable", false))
                .put("/_mock/reachability").then().statusCode(200);
        var perNode = reachability.ekmipReachability(KeyService.AMAZON);
        assertEquals(2, perNode.size());
        assertEquals(Reachability.Status.OK, perNode.get(0).status());
        assertEquals(new Reachability.Status(false, "65537552", "Embedded KMIP server status not available."),
                perNode.get(1).status());
        assertEquals("node2", perNode.get(1).node().name());
        assertTrue(reachability.keyProtection(KeyService.AMAZON).reachable());
    }

    @Test
    void unknownNodeOrServiceIsRefused() {
        control().body(Map.of("service", "amazon", "node", "node9", "reachable", false))
                .put("/_mock/reachability").then().statusCode(400).body("error.target", equalTo("node"));
        control().body(Map.of("service", "gcp", "reachable", false))
                .put("/_mock/reachability").then().statusCode(400).body("error.target", equalTo("service"));
        control().body(Map.of("service", "amazon")).put("/_mock/reachability").then().statusCode(400)
                .body("error.target", equalTo("reachable"));
        control().get("/_mock/reachability").then().body("records.findAll { !it.reachable }.size()", equalTo(0));
    }

    /** A value of the wrong type is refused, not coerced: "false" is not false. */
    @Test
    void changeWithAValueOfTheWrongTypeIsRefused() {
        control().body(Map.of("service", "amazon", "reachable", "false")).put("/_mock/reachability").then()
                .statusCode(400).body("error.code", equalTo("262197")).body("error.target", equalTo("reachable"));
        control().body(Map.of("service", "amazon", "node", 1, "reachable", false)).put("/_mock/reachability")
                .then().statusCode(400).body("error.code", equalTo("262197")).body("error.target", equalTo("node"));
        control().get("/_mock/reachability").then().body("records.findAll { it.reachable }.size()", equalTo(8));
    }
}
