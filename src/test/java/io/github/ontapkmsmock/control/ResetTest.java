package io.github.ontapkmsmock.control;

import static io.github.ontapkmsmock.control.ControlClient.addRule;
import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ResetTest extends OntapTest {

    @Test
    void resetClearsFaultsJournalReachabilityAndVersion() {
        addRule(Map.of("operation_id", "cluster_get", "code", "6"));
        control().body(Map.of("service", "amazon", "reachable", false)).put("/_mock/reachability").then()
                .statusCode(200);
        control().body(Map.of("version", "9.12.1")).put("/_mock/version").then().statusCode(200);
        api().get("/api/cluster").then().statusCode(403);

        control().post("/_mock/reset").then().statusCode(200);

        control().get("/_mock/faults").then().body("num_records", equalTo(0));
        control().get("/_mock/requests").then().body("num_records", equalTo(0));
        control().get("/_mock/reachability").then().body("records.findAll { !it.reachable }.size()", equalTo(0));
        control().get("/_mock/version").then().body("version", equalTo("9.17.1"));
        api().get("/api/cluster").then().statusCode(200).body("version.minor", equalTo(1))
                .body("version.major", equalTo(17));
    }

    @Test
    void controlApiNeedsTheControlCredentials() {
        given().accept("application/json").post("/_mock/reset").then().statusCode(401)
                .body("error.code", equalTo("6"));
        given().auth().preemptive().basic(USER, "wrong").accept("application/json")
                .get("/_mock/faults").then().statusCode(401);
    }

    @Test
    void controlBodiesAreReadAsJsonWhateverTheirDeclaredType() {
        given().auth().preemptive().basic(USER, PASSWORD)
                .contentType("application/x-www-form-urlencoded").body("{\"version\": \"9.13.1\"}")
                .put("/_mock/version").then().statusCode(200).body("version", equalTo("9.13.1"));
    }

    @Test
    void controlSpecIsServedForSwaggerUi() {
        given().get("/openapi/mock-control.yaml").then().statusCode(200)
                .body(containsString("/_mock/provider-states"));
    }
}
