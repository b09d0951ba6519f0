package io.github.ontapkmsmock.keymanagerconfig;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.github.ontapkmsmock.control.ControlClient.state;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** The key_manager_config section of the state document: exported, imported whole or refused, reset. */
@QuarkusTest
class KeyManagerConfigStateTest extends KeyManagerConfigFixtures {

    @Test
    void exportedConfigurationImportsBack() {
        api().body(Map.of("cloud_kms_retry_count", 7, "health_monitor_policy", Map.of("okm",
                Map.of("enabled", false)))).patch(PATH).then().statusCode(200);
        JsonNode exported = state();
        assertEquals(7, exported.at("/key_manager_config/cloud_kms_retry_count").asInt());
        assertFalse(exported.at("/key_manager_config/health_monitor_policy/okm/enabled").asBoolean());
        String before = api().get(PATH).asString();

        control().post("/_mock/reset").then().statusCode(200);
        api().get(PATH).then().body("cloud_kms_retry_count", equalTo(3));
        control().body(exported.toString()).put("/_mock/state").then().statusCode(200);
        assertEquals(before, api().get(PATH).asString());
        assertEquals(exported, state());
    }

    @Test
    void aConfigurationOutOfRangeIsRefusedAndNothingChanges() {
        ObjectNode document = (ObjectNode) state();
        ((ObjectNode) document.get("key_manager_config")).put("health_monitor_polling_interval", 31);
        control().body(document.toString()).put("/_mock/state").then().statusCode(400)
                .body("error.target", equalTo("key_manager_config.health_monitor_polling_interval"));
        ((ObjectNode) document.get("key_manager_config")).put("health_monitor_polling_interval", 20);
        ((ObjectNode) document.at("/key_manager_config/health_monitor_policy")).remove("gcp");
        control().body(document.toString()).put("/_mock/state").then().statusCode(400)
                .body("error.target", equalTo("key_manager_config.health_monitor_policy"));
        api().get(PATH).then().body("health_monitor_polling_interval", equalTo(15));
    }

    @Test
    void aDocumentWithoutTheSectionResetsIt() {
        api().body(Map.of("cloud_kms_retry_count", 9)).patch(PATH).then().statusCode(200);
        control().body(Map.of()).put("/_mock/state").then().statusCode(200);
        api().get(PATH).then().body("cloud_kms_retry_count", equalTo(3));
    }
}
