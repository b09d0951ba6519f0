package io.github.ontapkmsmock.ontap.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AuthenticationTest extends OntapTest {

    @Test
    void missingCredentialsAre401InTheEnvelope() {
        given().get("/api/cluster").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Basic realm=\"ontap-kms-mock\""))
                .body("error.code", equalTo("6"));
    }

    @Test
    void wrongPasswordIs401() {
        given().auth().preemptive().basic(USER, "wrong").get("/api/cluster").then().statusCode(401)
                .body("error.code", equalTo("6"));
    }

    @Test
    void malformedAuthorizationIs401() {
        given().header("Authorization", "Basic !!!not-base64").get("/api/cluster").then().statusCode(401);
        given().header("Authorization", "Bearer abc").get("/api/cluster").then().statusCode(401);
    }

    @Test
    void unknownApiPathsNeedCredentialsToo() {
        given().get("/api/storage/volumes").then().statusCode(401);
    }

    @Test
    void swaggerUiAndTheSpecAreOpen() {
        given().get("/q/openapi").then().statusCode(200);
        given().redirects().follow(true).get("/q/swagger-ui/").then().statusCode(200);
    }
}
