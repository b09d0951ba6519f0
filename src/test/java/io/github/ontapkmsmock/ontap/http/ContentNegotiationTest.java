package io.github.ontapkmsmock.ontap.http;

import static org.hamcrest.Matchers.emptyString;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One Content-Type form, ONTAP's, for success and error answers alike: no charset parameter. The control API answers
 * JSON, as hal+json to a client asking for that as ONTAP's API does.
 */
@QuarkusTest
class ContentNegotiationTest extends OntapTest {

    @Test
    void halJsonByDefaultAndForAnyType() {
        api().accept("*/*").get("/api/cluster").then().statusCode(200)
                .header("Content-Type", equalTo("application/hal+json"));
        api().accept("application/hal+json").get("/api/cluster").then().statusCode(200)
                .header("Content-Type", equalTo("application/hal+json"));
    }

    @Test
    void errorsHaveTheFormOfSuccessAnswers() {
        api().get("/api/svm/svms/nope").then().statusCode(404).header("Content-Type", equalTo("application/hal+json"));
        api().body("{").post("/api/security/key-managers").then().statusCode(400)
                .header("Content-Type", equalTo("application/hal+json"));
    }

    @Test
    void plainJsonWhenAskedFor() {
        api().accept("application/json").get("/api/cluster").then().statusCode(200)
                .header("Content-Type", equalTo("application/json"))
                .body("name", equalTo("cluster1"));
        api().accept("application/json").get("/api/nope").then().statusCode(404)
                .header("Content-Type", equalTo("application/json"));
    }

    @Test
    void theControlApiAnswersHalJsonWhenAskedForAndJsonOtherwise() {
        control("application/hal+json").get("/_mock/version").then().statusCode(200)
                .header("Content-Type", equalTo("application/hal+json")).body("version", notNullValue());
        control("text/html, application/hal+json;q=0.9").get("/_mock/requests").then().statusCode(200)
                .header("Content-Type", equalTo("application/hal+json"));
        control("application/hal+json").get("/_mock/faults/nope").then().statusCode(404)
                .header("Content-Type", equalTo("application/hal+json")).body("error.code", equalTo("4"));
        control("application/hal+json").contentType("application/json").body("{}").post("/_mock/reset").then()
                .statusCode(200).header("Content-Type", equalTo("application/hal+json"));
        control("*/*").get("/_mock/version").then().statusCode(200)
                .header("Content-Type", equalTo("application/json"));
        control("application/json, application/hal+json").get("/_mock/version").then().statusCode(200)
                .header("Content-Type", equalTo("application/json"));
    }

    private static RequestSpecification control(String accept) {
        return given().auth().preemptive().basic(USER, PASSWORD).accept(accept);
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        api().head("/api/cluster").then().statusCode(200)
                .header("Content-Type", equalTo("application/hal+json"))
                .body(emptyString());
        api().head("/api/svm/svms/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }
}
