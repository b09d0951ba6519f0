package io.github.ontapkmsmock.ontap.http;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ContentNegotiationTest extends OntapTest {

    @Test
    void halJsonByDefaultAndForAnyType() {
        api().accept("*/*").get("/api/cluster").then().statusCode(200)
                .header("Content-Type", startsWith("application/hal+json"));
        api().accept("application/hal+json").get("/api/cluster").then().statusCode(200)
                .header("Content-Type", startsWith("application/hal+json"));
    }

    @Test
    void plainJsonWhenAskedFor() {
        api().accept("application/json").get("/api/cluster").then().statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .body("name", equalTo("cluster1"));
        api().accept("application/json").get("/api/nope").then().statusCode(404)
                .header("Content-Type", startsWith("application/json"));
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        api().head("/api/cluster").then().statusCode(200)
                .header("Content-Type", startsWith("application/hal+json"))
                .body(emptyString());
        api().head("/api/svm/svms/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }
}
