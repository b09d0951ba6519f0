package io.github.ontapkmsmock.keymanager;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KeyServerQueryTest extends KeyManagerFixtures {

    private String uuid;

    @BeforeEach
    void externalKeyManagerWithThreeServers() {
        uuid = createExternalCluster("10.225.89.33:5696", "kmip.example.com", "10.225.89.34:5696");
        api().body(Map.of("username", "kmip-user", "timeout", 45))
                .patch(keyServers(uuid) + "/kmip.example.com:5696").then().statusCode(200);
    }

    @Test
    void listsServersInTheOrderTheyWereConfigured() {
        api().get(keyServers(uuid) + "?fields=*").then().statusCode(200)
                .body("num_records", equalTo(3))
                .body("records.server", contains("10.225.89.33:5696", "kmip.example.com:5696", "10.225.89.34:5696"))
                .body("records.timeout", contains(25, 45, 25))
                .body("records.username", contains("", "kmip-user", ""))
                .body("records.uuid", contains(uuid, uuid, uuid))
                .body("records[0]._links.self.href", equalTo(keyServers(uuid) + "/10.225.89.33%3A5696"))
                .body("_links.self.href", equalTo(keyServers(uuid) + "?fields=*"));
    }

    @Test
    void collectionWithoutFieldsAnswersServerAndLinks() {
        api().get(keyServers(uuid)).then().statusCode(200)
                .body("records[0].server", equalTo("10.225.89.33:5696"))
                .body("records[0]", not(hasKey("timeout")))
                .body("records[0]", hasKey("_links"));
    }

    @Test
    void filtersAndOrders() {
        api().get(keyServers(uuid) + "?server=10.*").then().statusCode(200)
                .body("records.server", contains("10.225.89.33:5696", "10.225.89.34:5696"));
        api().get(keyServers(uuid) + "?timeout=>30").then().statusCode(200)
                .body("records.server", contains("kmip.example.com:5696"));
        api().get(keyServers(uuid) + "?username=kmip-user").then().statusCode(200)
                .body("num_records", equalTo(1));
        api().get(keyServers(uuid) + "?order_by=server desc").then().statusCode(200)
                .body("records.server", contains("kmip.example.com:5696", "10.225.89.34:5696", "10.225.89.33:5696"));
    }

    @Test
    void pagesWithANextLink() {
        String next = api().get(keyServers(uuid) + "?max_records=2").then().statusCode(200)
                .body("num_records", equalTo(2))
                .body("records.server", contains("10.225.89.33:5696", "kmip.example.com:5696"))
                .extract().path("_links.next.href");
        api().urlEncodingEnabled(false).get(next).then().statusCode(200)
                .body("records.server", contains("10.225.89.34:5696"))
                .body("_links.next", nullValue());
    }

    @Test
    void getsAServerByItsRawName() {
        api().get(keyServers(uuid) + "/kmip.example.com:5696").then().statusCode(200)
                .body("uuid", equalTo(uuid))
                .body("server", equalTo("kmip.example.com:5696"))
                .body("timeout", equalTo(45))
                .body("username", equalTo("kmip-user"))
                .body("_links.self.href", equalTo(keyServers(uuid) + "/kmip.example.com%3A5696"));
    }

    @Test
    void getsAServerByItsPercentEncodedName() {
        raw(api()).get(keyServers(uuid) + "/10.225.89.34%3A5696").then().statusCode(200)
                .body("server", equalTo("10.225.89.34:5696"));
        raw(api()).get(keyServers(uuid) + "/10.225.89.34%3a5696").then().statusCode(200)
                .body("server", equalTo("10.225.89.34:5696"));
    }

    @Test
    void getsAServerNamedWithoutItsDefaultPort() {
        api().get(keyServers(uuid) + "/kmip.example.com").then().statusCode(200)
                .body("server", equalTo("kmip.example.com:5696"));
    }

    @Test
    void getNarrowsToTheNamedFields() {
        api().get(keyServers(uuid) + "/10.225.89.33:5696?fields=timeout").then().statusCode(200)
                .body("server", equalTo("10.225.89.33:5696"))
                .body("timeout", equalTo(25))
                .body("$", not(hasKey("username")));
    }

    @Test
    void unknownServerIs404() {
        api().get(keyServers(uuid) + "/10.9.9.9:5696").then().statusCode(404)
                .body("error.code", equalTo("4"))
                .body("error.message", equalTo("entry doesn't exist"))
                .body("error.target", equalTo("server"));
        api().get(keyServers(uuid) + "/10.225.89.33:5697").then().statusCode(404).body("error.code", equalTo("4"));
    }

    @Test
    void unknownKeyManagerIs404() {
        api().get(keyServers("00000000-0000-0000-0000-000000000000")).then().statusCode(404)
                .body("error.code", equalTo("4")).body("error.target", equalTo("uuid"));
        api().get(keyServers("00000000-0000-0000-0000-000000000000") + "/10.225.89.33:5696").then().statusCode(404)
                .body("error.code", equalTo("4")).body("error.target", equalTo("uuid"));
    }

    @Test
    void keyServersOfAnOnboardKeyManagerAreRefused() {
        api().delete(KEY_MANAGERS + "/" + uuid).then().statusCode(200);
        String onboard = createOnboard();
        api().get(keyServers(onboard)).then().statusCode(400)
                .body("error.code", equalTo("65536828"))
                .body("error.message", equalTo("External key management is not enabled for the SVM."));
        api().get(keyServers(onboard) + "/10.225.89.33:5696").then().statusCode(400)
                .body("error.code", equalTo("65536828"));
    }
}
