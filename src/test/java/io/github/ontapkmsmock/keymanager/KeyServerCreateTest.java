package io.github.ontapkmsmock.keymanager;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class KeyServerCreateTest extends KeyManagerFixtures {

    private static ValidatableResponse post(String keyManagerUuid, Object body) {
        return api().body(body).post(keyServers(keyManagerUuid)).then();
    }

    private static Map<String, Object> records(String... servers) {
        return Map.of("records", List.of(servers).stream().map(s -> Map.of("server", s)).toList());
    }

    /** The key manager's {@code external.servers} and the key-servers collection list the same servers. */
    private static void assertServers(String keyManagerUuid, String... expected) {
        assertEquals(List.of(expected), serverNames(keyManagerUuid));
        assertEquals(List.of(expected), keyManager(keyManagerUuid).getList("external.servers.server"));
    }

    @Test
    void addsOneKeyServer() {
        String uuid = createExternalCluster("10.225.89.33:5696");
        api().body(Map.of("server", "10.225.89.34:5696")).post(keyServers(uuid) + "?return_records=true").then()
                .statusCode(201)
                .header("Location", endsWith(keyServers(uuid) + "/10.225.89.34%3A5696"))
                .body("num_records", equalTo(1))
                .body("records[0].server", equalTo("10.225.89.34:5696"))
                .body("records[0].timeout", equalTo(25))
                .body("records[0]._links.self.href", equalTo(keyServers(uuid) + "/10.225.89.34%3A5696"));
        assertServers(uuid, "10.225.89.33:5696", "10.225.89.34:5696");
    }

    @Test
    void addWithoutReturnRecordsAnswersLocationOnly() {
        String uuid = createExternalCluster("10.0.0.1");
        post(uuid, Map.of("server", "10.0.0.2")).statusCode(201)
                .header("Location", endsWith(keyServers(uuid) + "/10.0.0.2%3A5696"))
                .body(equalTo("{}"));
    }

    @Test
    void addsSeveralKeyServersWithRecords() {
        String uuid = createExternalCluster("10.0.0.1");
        api().body(records("10.225.89.34:5696", "10.225.89.33:5696")).post(keyServers(uuid) + "?return_records=true")
                .then().statusCode(201)
                .header("Location", endsWith(keyServers(uuid)))
                .body("num_records", equalTo(2))
                .body("records.server", contains("10.225.89.34:5696", "10.225.89.33:5696"));
        assertServers(uuid, "10.0.0.1:5696", "10.225.89.34:5696", "10.225.89.33:5696");
    }

    @Test
    void keyServerTakesTimeoutUsernameAndPassword() {
        String uuid = createExternalCluster("10.0.0.1");
        post(uuid, Map.of("server", "10.0.0.2", "timeout", 45, "username", "kmip-user",
                "password", Secrets.secret("kmip"))).statusCode(201);
        api().get(keyServers(uuid) + "/10.0.0.2:5696").then().statusCode(200)
                .body("timeout", equalTo(45))
                .body("username", equalTo("kmip-user"))
                .body("$", not(hasKey("password")));
    }

    @Test
    void serverWithoutPortGetsTheDefaultPort() {
        String uuid = createExternalCluster("10.0.0.1");
        post(uuid, records("kmip.example.com", "10.0.0.2:9000")).statusCode(201);
        assertServers(uuid, "10.0.0.1:5696", "kmip.example.com:5696", "10.0.0.2:9000");
    }

    @Test
    void totalNeverAboveFour() {
        String uuid = createExternalCluster("10.0.0.1", "10.0.0.2", "10.0.0.3");
        post(uuid, records("10.0.0.4", "10.0.0.5")).statusCode(400)
                .body("error.code", equalTo("65536038"))
                .body("error.message", equalTo("A maximum of 4 active key servers are allowed."))
                .body("error.target", equalTo("records"));
        assertServers(uuid, "10.0.0.1:5696", "10.0.0.2:5696", "10.0.0.3:5696");
        post(uuid, Map.of("server", "10.0.0.4")).statusCode(201);
        post(uuid, Map.of("server", "10.0.0.5")).statusCode(400)
                .body("error.code", equalTo("65536038")).body("error.target", equalTo("server"));
        assertServers(uuid, "10.0.0.1:5696", "10.0.0.2:5696", "10.0.0.3:5696", "10.0.0.4:5696");
    }

    @Test
    void duplicateOfAConfiguredServerIsRefused() {
        String uuid = createExternalCluster("10.0.0.1");
        post(uuid, Map.of("server", "10.0.0.1")).statusCode(400)
                .body("error.code", equalTo("65536871"))
                .body("error.message", equalTo("Duplicate key management servers exist."))
                .body("error.target", equalTo("server"));
        assertServers(uuid, "10.0.0.1:5696");
    }

    @Test
    void duplicateWithinRecordsIsRefused() {
        String uuid = createExternalCluster("10.0.0.1");
        post(uuid, records("10.0.0.2", "10.0.0.2:5696")).statusCode(400)
                .body("error.code", equalTo("65536871")).body("error.target", equalTo("records"));
        assertServers(uuid, "10.0.0.1:5696");
    }

    @Test
    void keyServersOfAnOnboardKeyManagerAreRefused() {
        String uuid = createOnboard();
        post(uuid, Map.of("server", "10.0.0.1")).statusCode(400)
                .body("error.code", equalTo("65536828"))
                .body("error.message", equalTo("External key management is not enabled for the SVM."));
        assertEquals(true, keyManager(uuid).getBoolean("onboard.enabled"));
    }

    @Test
    void unknownKeyManagerIs404() {
        post("00000000-0000-0000-0000-000000000000", Map.of("server", "10.0.0.1")).statusCode(404)
                .body("error.code", equalTo("4")).body("error.target", equalTo("uuid"));
    }

    @Test
    void serverAndRecordsTogetherAreRefused() {
        String uuid = createExternalCluster("10.0.0.1");
        post(uuid, Map.of("server", "10.0.0.2", "records", List.of(Map.of("server", "10.0.0.3")))).statusCode(400)
                .body("error.code", equalTo("262186")).body("error.target", equalTo("records"));
        assertServers(uuid, "10.0.0.1:5696");
    }

    @Test
    void serverIsRequired() {
        String uuid = createExternalCluster("10.0.0.1");
        post(uuid, Map.of()).statusCode(400).body("error.code", equalTo("262177"))
                .body("error.target", equalTo("server"));
        post(uuid, Map.of("timeout", 30)).statusCode(400).body("error.code", equalTo("262177"));
        post(uuid, Map.of("records", List.of())).statusCode(400).body("error.code", equalTo("262177"))
                .body("error.target", equalTo("records"));
        post(uuid, Map.of("records", List.of(Map.of("timeout", 30)))).statusCode(400)
                .body("error.code", equalTo("262177")).body("error.target", equalTo("records.server"));
        assertServers(uuid, "10.0.0.1:5696");
    }

    @Test
    void invalidServerOrTimeoutIsRefused() {
        String uuid = createExternalCluster("10.0.0.1");
        post(uuid, Map.of("server", "10.0.0.2:0")).statusCode(400).body("error.code", equalTo("262197"))
                .body("error.target", equalTo("server"));
        post(uuid, Map.of("server", "10.0.0.2", "timeout", -5)).statusCode(400).body("error.code", equalTo("262197"))
                .body("error.target", equalTo("timeout"));
        post(uuid, Map.of("server", "10.0.0.2", "timeout", "soon")).statusCode(400)
                .body("error.code", equalTo("262197"));
        assertServers(uuid, "10.0.0.1:5696");
    }

    /** A server given as a number is refused, not turned into the string "123" (issue 11). */
    @Test
    void serverOfTheWrongTypeIsRefusedNotCoerced() {
        String uuid = createExternalCluster("10.0.0.1");
        post(uuid, Map.of("server", 123)).statusCode(400).body("error.code", equalTo("262197"))
                .body("error.target", equalTo("server"))
                .body("error.message", equalTo("Invalid value for field \"server\": expected a string."));
        post(uuid, Map.of("records", List.of(Map.of("server", 10.5)))).statusCode(400)
                .body("error.code", equalTo("262197")).body("error.target", equalTo("records.server"));
        post(uuid, Map.of("server", "10.0.0.2", "timeout", 2.5)).statusCode(400)
                .body("error.code", equalTo("262197")).body("error.target", equalTo("timeout"));
        assertServers(uuid, "10.0.0.1:5696");
    }

    /**
     * A key server's address is a host name of at most 255 characters with its port (issue 11: a 64 KB name was
     * accepted and its record could not be addressed any more): refused before the record exists.
     */
    @Test
    void overLongServerIsRefusedBeforeTheRecordExists() {
        String uuid = createExternalCluster("10.0.0.1");
        post(uuid, Map.of("server", "k".repeat(64 * 1024))).statusCode(400).body("error.code", equalTo("262197"))
                .body("error.target", equalTo("server"))
                .body("error.message", equalTo("Invalid value for field \"server\": expected at most 261 characters."));
        post(uuid, Map.of("records", List.of(Map.of("server", "k".repeat(262))))).statusCode(400)
                .body("error.code", equalTo("262197")).body("error.target", equalTo("records.server"));
        post(uuid, Map.of("server", "10.0.0.2", "username", "u".repeat(256))).statusCode(400)
                .body("error.code", equalTo("262197")).body("error.target", equalTo("username"));
        assertServers(uuid, "10.0.0.1:5696");

        String longest = "k".repeat(255);
        post(uuid, Map.of("server", longest + ":5696")).statusCode(201);
        assertServers(uuid, "10.0.0.1:5696", longest + ":5696");
    }
}
