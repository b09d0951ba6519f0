package io.github.ontapkmsmock.keymanager;

import static io.github.ontapkmsmock.testing.Inventory.NODE1_UUID;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.faults.Reachability;
import io.github.ontapkmsmock.ontap.faults.Reachability.KeyService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The key-server properties later releases add: {@code secondary_key_servers} (9.11), {@code create_remove_timeout}
 * (9.14), the expensive {@code connectivity} (9.7) and DELETE's {@code force} (9.11).
 */
@QuarkusTest
class KeyServerReleasesTest extends KeyManagerFixtures {

    private static final String SERVER = "/10.0.0.1:5696";

    @Inject
    Reachability reachability;

    @Test
    void secondaryKeyServersAreReplacedByPatchFromOntap911() {
        String uuid = createExternalCluster("10.0.0.1");
        patch(uuid, Map.of("secondary_key_servers", List.of("1.1.1.1", "secondarykeyserver.com"))).statusCode(200);
        patch(uuid, Map.of("secondary_key_servers", List.of("2.2.2.2", "secondarykeyserver.com"))).statusCode(200);
        api().get(keyServers(uuid) + SERVER).then().statusCode(200)
                .body("secondary_key_servers", contains("2.2.2.2", "secondarykeyserver.com"));
        api().get(KEY_MANAGERS + "/" + uuid).then()
                .body("external.servers[0].secondary_key_servers", equalTo("2.2.2.2, secondarykeyserver.com"));
        patch(uuid, Map.of("secondary_key_servers", List.of("3.3.3.3", "3.3.3.3"))).statusCode(400)
                .body("error.code", equalTo("65536871"));

        emulate("9.10.1");
        patch(uuid, Map.of("secondary_key_servers", List.of("4.4.4.4"))).statusCode(400)
                .body("error.code", equalTo("262179")).body("error.target", equalTo("secondary_key_servers"));
        api().get(keyServers(uuid) + SERVER).then().body("$", not(hasKey("secondary_key_servers")));
    }

    @Test
    void createRemoveTimeoutFromOntap914() {
        String uuid = createExternalCluster("10.0.0.1");
        api().get(keyServers(uuid) + SERVER).then().body("create_remove_timeout", equalTo(10));
        patch(uuid, Map.of("create_remove_timeout", -1)).statusCode(200);
        patch(uuid, Map.of("create_remove_timeout", 61)).statusCode(400).body("error.code", equalTo("262197"))
                .body("error.target", equalTo("create_remove_timeout"));
        api().get(keyServers(uuid) + SERVER).then().body("create_remove_timeout", equalTo(-1));

        emulate("9.13.1");
        patch(uuid, Map.of("create_remove_timeout", 30)).statusCode(400).body("error.code", equalTo("262179"));
        api().get(keyServers(uuid) + SERVER).then().body("$", not(hasKey("create_remove_timeout")));
    }

    @Test
    void timeoutIsAtMostSixtySeconds() {
        String uuid = createExternalCluster("10.0.0.1");
        patch(uuid, Map.of("timeout", 61)).statusCode(400).body("error.code", equalTo("262197"));
        api().get(keyServers(uuid) + SERVER).then().body("timeout", equalTo(25));
    }

    @Test
    void connectivityIsExpensiveAndShowsWhichNodesReachTheKeyServers() {
        String uuid = createExternalCluster("10.0.0.1");
        api().get(keyServers(uuid) + "?fields=*").then().body("records[0]", not(hasKey("connectivity")));
        api().get(keyServers(uuid) + SERVER + "?fields=connectivity").then().statusCode(200)
                .body("connectivity.cluster_availability", equalTo(true))
                .body("connectivity.node_states.state", contains("available", "available"));
        reachability.mark(KeyService.KMIP, Optional.of(NODE1_UUID), false);
        api().get(keyServers(uuid) + SERVER + "?fields=**").then().statusCode(200)
                .body("connectivity.cluster_availability", equalTo(false))
                .body("connectivity.node_states.find { it.node.uuid == '" + NODE1_UUID + "' }.state",
                        equalTo("not_responding"));
        api().get(KEY_MANAGERS + "/" + uuid + "?fields=external.servers.connectivity").then().statusCode(200)
                .body("external.servers[0].connectivity.cluster_availability", equalTo(false));
        api().get(KEY_MANAGERS + "/" + uuid + "?fields=external").then().statusCode(200)
                .body("external.servers[0].server", equalTo("10.0.0.1:5696"))
                .body("external.servers[0]", not(hasKey("connectivity")));

        emulate("9.6");
        api().get(keyServers(uuid) + SERVER + "?fields=connectivity").then().statusCode(400)
                .body("error.code", equalTo("262197"));
    }

    @Test
    void forceOnDeleteFromOntap911() {
        String uuid = createExternalCluster("10.0.0.1", "10.0.0.2");
        emulate("9.10.1");
        api().delete(keyServers(uuid) + SERVER + "?force=true").then().statusCode(400)
                .body("error.code", equalTo("262179")).body("error.target", equalTo("force"));
        emulate("9.11.1");
        api().delete(keyServers(uuid) + SERVER + "?force=true").then().statusCode(200);
        api().get(keyServers(uuid)).then().body("records.server", contains("10.0.0.2:5696"));
    }

    private static ValidatableResponse patch(String uuid, Map<String, Object> body) {
        return api().body(body).patch(keyServers(uuid) + SERVER).then();
    }
}
