package io.github.ontapkmsmock.ontap.http;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/** HTTPS works with no set-up: the mock made its own self-signed certificate. */
@QuarkusTest
class HttpsTest extends OntapTest {

    @Test
    void clusterAnswersOverHttpsWithBasicAuth() {
        https().get("/api/cluster").then().statusCode(200)
                .body("version.generation", equalTo(9))
                .body("version.major", equalTo(17));
    }
}
