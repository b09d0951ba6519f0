package io.github.ontapkmsmock.keymanager;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class KeyServerModifyTest extends KeyManagerFixtures {

    private String uuid;

    @BeforeEach
    void externalKeyManagerWithTwoServers() {
        uuid = createExternalCluster("10.0.0.1:5696", "10.0.0.2:5696");
    }

    private ValidatableResponse patch(String server, Object body) {
        return api().body(body).patch(keyServers(uuid) + "/" + server).then();
    }

    private JsonPath server(String server) {
        return api().get(keyServers(uuid) + "/" + server).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void changesTheTimeout() {
        patch("10.0.0.2:5696", Map.of("timeout", 45)).statusCode(200).body(equalTo("{}"));
        assertEquals(45, server("10.0.0.2:5696").getInt("timeout"));
        assertEquals(25, server("10.0.0.1:5696").getInt("timeout"));
        assertEquals(List.of(25, 45), keyManager(uuid).getList("external.servers.timeout"));
    }

    @Test
    void changesUsernameAndPasswordWhichIsNeverReturned() {
        patch("10.0.0.1:5696", Map.of("username", "kmip-user", "password", Secrets.secret("kmip"))).statusCode(200);
        api().get(keyServers(uuid) + "/10.0.0.1:5696?fields=**").then().statusCode(200)
                .body("username", equalTo("kmip-user"))
                .body("$", not(hasKey("password")));
        api().get(keyServers(uuid) + "?fields=**").then().statusCode(200)
                .body("records[0]", not(hasKey("password")));
    }

    @Test
    void addressesTheServerPercentEncoded() {
        raw(api()).body(Map.of("timeout", 60)).patch(keyServers(uuid) + "/10.0.0.2%3A5696").then().statusCode(200);
        assertEquals(60, server("10.0.0.2:5696").getInt("timeout"));
    }

    @Test
    void serverAddressCannotBeChanged() {
        patch("10.0.0.1:5696", Map.of("server", "10.0.0.9")).statusCode(400)
                .body("error.code", equalTo("262179")).body("error.target", equalTo("server"));
        assertEquals(List.of("10.0.0.1:5696", "10.0.0.2:5696"), serverNames(uuid));
    }

    @Test
    void invalidTimeoutIsRefused() {
        patch("10.0.0.1:5696", Map.of("timeout", -2)).statusCode(400).body("error.code", equalTo("262197"))
                .body("error.target", equalTo("timeout"));
        assertEquals(25, server("10.0.0.1:5696").getInt("timeout"));
    }

    @Test
    void unknownServerIs404() {
        patch("10.0.0.3:5696", Map.of("timeout", 45)).statusCode(404)
                .body("error.code", equalTo("4")).body("error.target", equalTo("server"));
        assertEquals(List.of("10.0.0.1:5696", "10.0.0.2:5696"), serverNames(uuid));
    }

    @Test
    void keyServerOfAnOnboardKeyManagerIsRefused() {
        api().delete(KEY_MANAGERS + "/" + uuid).then().statusCode(200);
        String onboard = createOnboard();
        api().body(Map.of("timeout", 45)).patch(keyServers(onboard) + "/10.0.0.1:5696").then().statusCode(400)
                .body("error.code", equalTo("65536828"));
    }

    /** Values of the wrong JSON type are refused, never coerced (issue 11: "443" and 1.5 were taken as timeouts). */
    @Test
    void refusesValuesOfTheWrongTypeWithoutCoercingThem() {
        patch("10.0.0.1:5696", Map.of("timeout", "43")).statusCode(400).body("error.code", equalTo("262197"))
                .body("error.target", equalTo("timeout"))
                .body("error.message", equalTo("Invalid value for field \"timeout\": expected an integer."));
        patch("10.0.0.1:5696", Map.of("timeout", 1.5)).statusCode(400).body("error.code", equalTo("262197"))
                .body("error.target", equalTo("timeout"));
        patch("10.0.0.1:5696", Map.of("username", 7)).statusCode(400).body("error.code", equalTo("262197"))
                .body("error.target", equalTo("username"));
        assertEquals(25, server("10.0.0.1:5696").getInt("timeout"));
        assertEquals("", server("10.0.0.1:5696").getString("username"));
    }
}
