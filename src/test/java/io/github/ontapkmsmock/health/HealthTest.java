package io.github.ontapkmsmock.health;

import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/** {@code /q/health/ready} and {@code /q/health/live}: what a pipeline or an orchestrator polls, with no credentials. */
@QuarkusTest
class HealthTest extends OntapTest {

    @Test
    void readinessIsUpWithoutCredentialsOnceSpecInventoryAndStoresExist() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks[0].name", equalTo(ServingReadiness.NAME))
                .body("checks[0].status", equalTo("UP"))
                .body("checks[0].data.release", equalTo("9.17.1"))
                .body("checks[0].data.cluster", equalTo("cluster1"))
                .body("checks[0].data.operations", greaterThan(50))
                .body("checks[0].data.stores", greaterThan(5));
    }

    @Test
    void readinessNamesTheEmulatedRelease() {
        emulate("9.14.1");
        given().get("/q/health/ready").then().statusCode(200).body("checks[0].data.release", equalTo("9.14.1"));
    }

    @Test
    void livenessIsUpWithoutCredentials() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void healthRequestsAreNotInTheRequestJournal() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health").then().statusCode(200);
        control().get("/_mock/requests").then().statusCode(200).body("num_records", equalTo(0));
    }
}
