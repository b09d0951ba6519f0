package io.github.ontapkmsmock.ontap.errors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/** Every failure is ONTAP's error envelope with a string code, never a bare status or an HTML page. */
@QuarkusTest
class ErrorEnvelopeTest extends OntapTest {

    @Test
    void unknownUuidIsEntryDoesNotExist() {
        api().get("/api/svm/svms/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/hal+json")
                .body("error.code", equalTo("4"))
                .body("error.message", equalTo("entry doesn't exist"))
                .body("error.target", equalTo("uuid"));
    }

    @Test
    void unknownApiPathIsNotFoundInTheEnvelope() {
        api().get("/api/storage/volumes").then().statusCode(404)
                .body("error.code", equalTo("4"))
                .body("error.message", equalTo("API not found"));
    }

    @Test
    void wrongMethodIsMethodNotAllowed() {
        api().body("{}").put("/api/cluster").then().statusCode(405)
                .body("error.code", equalTo("3"))
                .body("error.message", containsString("GET"));
        api().delete("/api/svm/svms").then().statusCode(405)
                .body("error.code", equalTo("3"));
    }

    @Test
    void bodyOnGetIsRefused() {
        api().body("{\"name\":\"x\"}").get("/api/cluster").then().statusCode(400)
                .body("error.code", equalTo("262198"));
    }

    @Test
    void unknownPathOutsideTheApiIsStillAnEnvelopeNotHtml() {
        given().get("/nothing-here").then().statusCode(404)
                .body(not(containsString("<html")))
                .body("error.code", equalTo("4"));
    }

    @Test
    void jobThatDoesNotExistIsEntryDoesNotExist() {
        api().get("/api/cluster/jobs/4ea7a442-86d1-11e0-ae1c-123478563412").then().statusCode(404)
                .body("error.code", equalTo("4"))
                .body("error.target", equalTo("uuid"));
    }
}
