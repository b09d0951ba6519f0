package io.github.ontapkmsmock.keymanager;

import static io.github.ontapkmsmock.control.ControlClient.addRule;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** PATCH and DELETE /api/security/key-managers/{uuid}/key-servers with a query. */
@QuarkusTest
class KeyServerQueryOperationsTest extends KeyManagerFixtures {

    private static final List<String> ALL = List.of("10.0.0.1:5696", "10.0.0.2:5696", "10.0.0.3:5696");

    private String uuid;

    @BeforeEach
    void externalKeyManagerWithThreeServers() {
        uuid = createExternalCluster(ALL.toArray(String[]::new));
    }

    @Test
    void patchChangesEveryServerTheQuerySelects() {
        api().body(Map.of("timeout", 45)).patch(keyServers(uuid) + "?server=10.0.0.1:5696|10.0.0.2:5696").then()
                .statusCode(200).body("num_records", equalTo(2));
        api().get(keyServers(uuid) + "?fields=timeout").then().statusCode(200)
                .body("records.timeout", contains(45, 45, 25));
    }

    @Test
    void deleteRemovesEveryServerTheQuerySelects() {
        api().delete(keyServers(uuid) + "?server=10.0.0.3*&return_records=true").then().statusCode(200)
                .body("num_records", equalTo(1))
                .body("records.server", contains("10.0.0.3:5696"));
        assertEquals(ALL.subList(0, 2), serverNames(uuid));
    }

    @Test
    void deleteWithARefusingServerDeletesNoneUnlessToldToContinue() {
        addRule(Map.of("method", "DELETE", "path", keyServers(uuid) + "/10.0.0.2:5696", "code", "65536828"));
        api().delete(keyServers(uuid) + "?server=*").then().statusCode(400)
                .body("error.code", equalTo("65536828"))
                .body("error.arguments[0].message", containsString("server 10.0.0.2:5696"));
        assertEquals(ALL, serverNames(uuid));
        api().delete(keyServers(uuid) + "?server=*&continue_on_failure=true").then().statusCode(400)
                .body("error.message", containsString("1 of 3 records (server 10.0.0.2:5696)"));
        assertEquals(List.of("10.0.0.2:5696"), serverNames(uuid));
    }

    @Test
    void aQueryThatSelectsNothingAndNoQueryAtAllChangeNothing() {
        api().delete(keyServers(uuid) + "?server=10.9.9.9*").then().statusCode(200).body("num_records", equalTo(0));
        api().delete(keyServers(uuid)).then().statusCode(400).body("error.code", equalTo("262177"));
        api().body(Map.of("timeout", 45)).patch(keyServers(uuid)).then().statusCode(400)
                .body("error.code", equalTo("262177"));
        assertEquals(ALL, serverNames(uuid));
    }

    @Test
    void theKeyManagerMustExist() {
        api().delete(keyServers("00000000-0000-0000-0000-000000000000") + "?server=*").then().statusCode(404)
                .body("error.code", equalTo("4"));
    }

    @Test
    void aPatchEveryServerRefusesChangesNone() {
        api().body(Map.of("timeout", -5)).patch(keyServers(uuid) + "?server=*").then().statusCode(400)
                .body("error.target", equalTo("timeout"));
        api().get(keyServers(uuid) + "?fields=timeout").then().statusCode(200)
                .body("records.timeout", contains(25, 25, 25));
    }
}
