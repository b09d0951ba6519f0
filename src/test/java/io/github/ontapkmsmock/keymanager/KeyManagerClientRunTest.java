package io.github.ontapkmsmock.keymanager;

import static io.github.ontapkmsmock.testing.Inventory.VS0;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

/** What an ONTAP client does with these endpoints, end to end, over HTTPS with basic authentication. */
@QuarkusTest
class KeyManagerClientRunTest extends KeyManagerFixtures {

    @Test
    void externalKeyManagerLifecycle() {
        String uuid = uuidOf(https().body(externalVs0("10.225.89.33:5696")).post(KEY_MANAGERS + "?return_records=true")
                .then().statusCode(201).body("records[0].svm.name", equalTo(VS0)).extract().response());

        https().body(Map.of("server", "10.225.89.34")).post(keyServers(uuid)).then().statusCode(201)
                .header("Location", containsString("/key-servers/10.225.89.34%3A5696"));

        https().get(keyServers(uuid) + "?fields=*").then().statusCode(200)
                .body("num_records", equalTo(2))
                .body("records.server", contains("10.225.89.33:5696", "10.225.89.34:5696"));

        https().get(keyServers(uuid) + "/10.225.89.34:5696").then().statusCode(200)
                .body("server", equalTo("10.225.89.34:5696")).body("timeout", equalTo(25));
        raw(https()).get(keyServers(uuid) + "/10.225.89.34%3A5696").then().statusCode(200)
                .body("server", equalTo("10.225.89.34:5696"));

        raw(https()).body(Map.of("timeout", 45)).patch(keyServers(uuid) + "/10.225.89.34%3A5696").then()
                .statusCode(200);
        https().get(KEY_MANAGERS + "/" + uuid + "?fields=external.servers").then().statusCode(200)
                .body("external.servers.timeout", contains(25, 45));

        https().delete(keyServers(uuid) + "/10.225.89.34:5696").then().statusCode(200);
        https().get(keyServers(uuid)).then().statusCode(200)
                .body("records.server", contains("10.225.89.33:5696"));

        https().delete(KEY_MANAGERS + "/" + uuid).then().statusCode(200);
        https().get(KEY_MANAGERS + "?svm.name=" + VS0).then().statusCode(200).body("num_records", equalTo(0));
    }

    @Test
    void onboardKeyManagerLifecycle() {
        String uuid = uuidOf(https().body(Map.of("onboard", Map.of("passphrase", PASSPHRASE, "synchronize", false)))
                .post(KEY_MANAGERS).then().statusCode(201).extract().response());
        https().get(KEY_MANAGERS + "?scope=cluster&fields=onboard").then().statusCode(200)
                .body("records.uuid", contains(uuid))
                .body("records[0].onboard.enabled", equalTo(true));

        https().body(passphraseChange(Secrets.passphrase(40, 'w'), NEW_PASSPHRASE)).patch(KEY_MANAGERS + "/" + uuid)
                .then().statusCode(400).body("error.code", equalTo("65536139"))
                .body("error.message", equalTo("Cluster-wide passphrase is incorrect."));
        https().body(passphraseChange(PASSPHRASE, PASSPHRASE)).patch(KEY_MANAGERS + "/" + uuid)
                .then().statusCode(400).body("error.code", equalTo("65536150"))
                .body("error.message", equalTo("New passphrase cannot be same as the old passphrase."));
        https().body(passphraseChange(PASSPHRASE, NEW_PASSPHRASE)).patch(KEY_MANAGERS + "/" + uuid)
                .then().statusCode(200);
        https().body(passphraseChange(NEW_PASSPHRASE, NEW_PASSPHRASE)).patch(KEY_MANAGERS + "/" + uuid)
                .then().statusCode(400).body("error.code", equalTo("65536150"));

        https().delete(KEY_MANAGERS + "/" + uuid).then().statusCode(200);
        https().get(KEY_MANAGERS).then().statusCode(200).body("num_records", equalTo(0));
    }

    @Test
    void unauthenticatedClientIsRefused() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-ssl-port", Integer.class);
        given().baseUri("https://127.0.0.1").port(port).relaxedHTTPSValidation().get(KEY_MANAGERS).then()
                .statusCode(401);
    }
}
