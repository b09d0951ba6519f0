package io.github.ontapkmsmock.control;

import static io.github.ontapkmsmock.control.ControlClient.addRule;
import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.github.ontapkmsmock.control.ControlClient.state;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StateTest extends OntapTest {

    @Test
    void seededStateHasTheMocksSections() {
        JsonNode seeded = state();
        assertEquals("9.17.1", seeded.get("version").asText());
        assertEquals(0, seeded.get("reachability").size());
        assertEquals(0, seeded.get("faults").size());
    }

    @Test
    void exportedStateImportsBackToTheSameState() {
        changeEverything();
        JsonNode exported = state();

        control().post("/_mock/reset").then().statusCode(200);
        control().body(exported.toString()).put("/_mock/state").then().statusCode(200);

        assertEquals(exported, state());
        api().get("/api/cluster/nodes?fields=version").then().body("records[0].version.major", equalTo(14));
        api().get("/api/cluster").then().statusCode(403);
        control().get("/_mock/faults/1").then().body("fired", equalTo(2));
    }

    @Test
    void importedRuleResumesItsRandomSequence() {
        addRule(Map.of("operation_id", "cluster_get", "code", "6", "probability", 0.5, "seed", 7));
        for (int i = 0; i < 5; i++) {
            api().get("/api/cluster");
        }
        JsonNode exported = state();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            expected.append(api().get("/api/cluster").statusCode()).append(' ');
        }
        control().body(exported.toString()).put("/_mock/state").then().statusCode(200);
        StringBuilder replayed = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            replayed.append(api().get("/api/cluster").statusCode()).append(' ');
        }
        assertEquals(expected.toString(), replayed.toString());
    }

    @Test
    void sectionLeftOutGoesBackToItsSeededState() {
        changeEverything();
        control().body(Map.of("version", "9.16.1")).put("/_mock/state").then().statusCode(200);
        JsonNode now = state();
        assertEquals("9.16.1", now.get("version").asText());
        assertEquals(0, now.get("faults").size());
        assertEquals(0, now.get("reachability").size());
    }

    @Test
    void badDocumentChangesNothing() {
        changeEverything();
        JsonNode before = state();

        ObjectNode badRule = before.deepCopy();
        badRule.put("version", "9.12.1");
        ((ObjectNode) badRule.get("faults").get(0)).put("code", "65537908");
        refused(badRule, "code");

        ObjectNode unknownSection = before.deepCopy();
        unknownSection.putArray("volumes");
        refused(unknownSection, "volumes");

        ObjectNode badVersion = before.deepCopy();
        badVersion.put("version", "8.3");
        refused(badVersion, "version");

        ObjectNode badNode = before.deepCopy();
        ((ObjectNode) badNode.get("reachability").get(0).get("node")).put("uuid", "nope").put("name", "nope");
        refused(badNode, "reachability[0].node");

        ObjectNode duplicateIds = before.deepCopy();
        ((ArrayNode) duplicateIds.get("faults")).add(duplicateIds.get("faults").get(0).deepCopy());
        refused(duplicateIds, "faults[2].id");

        ObjectNode outOfRange = before.deepCopy();
        ((ObjectNode) outOfRange.get("faults").get(0)).put("delay_ms", 70000);
        refused(outOfRange, "faults[0].delay_ms");

        assertEquals(before, state());
    }

    private static void changeEverything() {
        addRule(Map.of("operation_id", "cluster_get", "code", "6", "times", 3));
        addRule(Map.of("path", "/api/svm/**", "delay_ms", 10, "probability", 0.25, "seed", 99));
        api().get("/api/cluster").then().statusCode(403);
        control().body(Map.of("service", "ekmip", "node", Inventory.NODE2_UUID, "reachable", false))
                .put("/_mock/reachability").then().statusCode(200);
        control().body(Map.of("version", "9.14.1")).put("/_mock/version").then().statusCode(200);
    }

    private static void refused(JsonNode document, String target) {
        control().body(document.toString()).put("/_mock/state").then().statusCode(400)
                .body("error.target", equalTo(target))
                .body("error.message", startsWith(MockErrors.PREFIX));
    }
}
