package io.github.ontapkmsmock.ontap.faults;

import static io.github.ontapkmsmock.control.ControlClient.addRule;
import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.github.ontapkmsmock.control.ControlClient.state;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.SmallLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** At most {@code ontap-mock.faults.max} fault rules (issue 11: 5,000 were accepted), by POST or by state import. */
@QuarkusTest
@TestProfile(SmallLimits.class)
class FaultRuleLimitTest extends OntapTest {

    private static final Map<String, Object> RULE = Map.of("operation_id", "cluster_get", "code", "6");

    @Test
    void ruleBeyondTheLimitIsRefusedUntilOneIsRemoved() {
        String first = addRule(RULE);
        for (int i = 1; i < SmallLimits.MAX_FAULT_RULES; i++) {
            addRule(RULE);
        }
        control().body(RULE).post("/_mock/faults").then().statusCode(400)
                .body("error.code", equalTo("8"))
                .body("error.message", startsWith(MockErrors.PREFIX))
                .body("error.message", containsString("at most " + SmallLimits.MAX_FAULT_RULES + " fault rules"))
                .body("error.message", containsString("ontap-mock.faults.max"));
        control().get("/_mock/faults").then().body("num_records", equalTo(SmallLimits.MAX_FAULT_RULES));

        control().delete("/_mock/faults/" + first).then().statusCode(200);
        addRule(RULE);
    }

    @Test
    void importOfMoreRulesThanTheLimitIsRefusedAndChangesNothing() {
        addRule(RULE);
        JsonNode before = state();
        ObjectNode document = before.deepCopy();
        ArrayNode rules = document.putArray("faults");
        for (int i = 0; i <= SmallLimits.MAX_FAULT_RULES; i++) {
            rules.addObject().put("operation_id", "cluster_get").put("code", "6");
        }
        control().body(document.toString()).put("/_mock/state").then().statusCode(400)
                .body("error.code", equalTo("8"))
                .body("error.message", containsString("ontap-mock.faults.max"));
        assertEquals(before, state());
    }
}
