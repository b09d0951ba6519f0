package io.github.ontapkmsmock.keymanager;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KeyServerDeleteTest extends KeyManagerFixtures {

    private String uuid;

    @BeforeEach
    void externalKeyManagerWithThreeServers() {
        uuid = createExternalCluster("10.0.0.1:5696", "10.0.0.2:5696", "10.0.0.3:5696");
    }

    @Test
    void deletesAServerKeepingTheOrderOfTheOthers() {
        api().delete(keyServers(uuid) + "/10.0.0.2:5696").then().statusCode(200).body(equalTo("{}"));
        assertEquals(List.of("10.0.0.1:5696", "10.0.0.3:5696"), serverNames(uuid));
        assertEquals(List.of("10.0.0.1:5696", "10.0.0.3:5696"), keyManager(uuid).getList("external.servers.server"));
        api().get(keyServers(uuid) + "/10.0.0.2:5696").then().statusCode(404).body("error.code", equalTo("4"));
    }

    @Test
    void deletesAServerAddressedPercentEncoded() {
        raw(api()).delete(keyServers(uuid) + "/10.0.0.3%3A5696").then().statusCode(200);
        assertEquals(List.of("10.0.0.1:5696", "10.0.0.2:5696"), serverNames(uuid));
    }

    /** NetApp's Python library sends the empty object {@code {}} with every DELETE: no body, for ONTAP. */
    @Test
    void deleteWithAnEmptyJsonObjectBodyDeletes() {
        api().body("{}").delete(keyServers(uuid) + "/10.0.0.2:5696").then().statusCode(200).body(equalTo("{}"));
        assertEquals(List.of("10.0.0.1:5696", "10.0.0.3:5696"), serverNames(uuid));
    }

    @Test
    void deletedServerCanBeAddedAgainAndGoesLast() {
        api().delete(keyServers(uuid) + "/10.0.0.1:5696").then().statusCode(200);
        api().body(Map.of("server", "10.0.0.1")).post(keyServers(uuid)).then().statusCode(201);
        assertEquals(List.of("10.0.0.2:5696", "10.0.0.3:5696", "10.0.0.1:5696"), serverNames(uuid));
    }

    @Test
    void unknownServerIs404AndChangesNothing() {
        api().delete(keyServers(uuid) + "/10.0.0.9:5696").then().statusCode(404)
                .body("error.code", equalTo("4")).body("error.target", equalTo("server"));
        assertEquals(3, serverNames(uuid).size());
    }

    @Test
    void keyServerOfAnOnboardKeyManagerIsRefused() {
        api().delete(KEY_MANAGERS + "/" + uuid).then().statusCode(200);
        String onboard = createOnboard();
        api().delete(keyServers(onboard) + "/10.0.0.1:5696").then().statusCode(400)
                .body("error.code", equalTo("65536828"));
    }
}
