package io.github.ontapkmsmock.ontap.http;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

/**
 * GET, HEAD and DELETE take no body; the empty JSON object {@code {}} (NetApp's Python library sends it with every
 * DELETE) and whitespace count as none. Any other body stays refused with {@code 262198}, state unchanged.
 */
@QuarkusTest
class RequestBodiesTest extends OntapTest {

    private static final String KEY_MANAGERS = "/api/security/key-managers";

    @Test
    void deleteWithAnEmptyJsonObjectIsADelete() {
        String location = createOnboard();
        api().body("{}").delete(location).then().statusCode(200).body(equalTo("{}"));
        api().get(location).then().statusCode(404);
    }

    @Test
    void deleteWithWhitespaceInsideOrAroundTheEmptyObjectIsADelete() {
        String location = createOnboard();
        api().body(" {\n } \r\n").delete(location).then().statusCode(200);
        api().get(location).then().statusCode(404);
    }

    @Test
    void getWithAnEmptyObjectOrWhitespaceIsAGet() {
        api().body("{}").get("/api/cluster").then().statusCode(200).body("name", equalTo("cluster1"));
        api().body("   ").get("/api/cluster").then().statusCode(200).body("name", equalTo("cluster1"));
    }

    @Test
    void deleteWithANonEmptyBodyIsRefusedAndDeletesNothing() {
        String location = createOnboard();
        api().body("{\"onboard\": {}}").delete(location).then().statusCode(400)
                .body("error.code", equalTo("262198"));
        api().body("[]").delete(location).then().statusCode(400).body("error.code", equalTo("262198"));
        api().get(location).then().statusCode(200);
    }

    @Test
    void getWithANonEmptyBodyIsRefused() {
        api().body("{\"x\": 1}").get("/api/cluster").then().statusCode(400).body("error.code", equalTo("262198"));
    }

    private static String createOnboard() {
        return api().body(Map.of("onboard", Map.of("passphrase", Secrets.passphrase(40, 'p')))).post(KEY_MANAGERS)
                .then().statusCode(201).extract().header("Location");
    }
}
