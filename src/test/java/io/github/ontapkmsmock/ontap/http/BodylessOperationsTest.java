package io.github.ontapkmsmock.ontap.http;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.ontapkmsmock.control.ControlClient;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An operation whose spec has no {@code requestBody} (GET, DELETE, and the actions rekey-internal and restore) takes
 * no body: any body, JSON or not, is {@code 262198} and changes nothing; the empty object {@code {}} and whitespace
 * count as none, on every such operation alike.
 */
@QuarkusTest
class BodylessOperationsTest extends OntapTest {

    private static final String AWS_KMS = "/api/security/aws-kms";

    @Test
    void everyOperationWithoutARequestBodyRefusesOne() {
        OntapSpec spec = OntapSpec.load();
        JsonNode before = ControlClient.state();
        List<SpecOperation> bodyless = spec.operations().stream().filter(op -> !spec.node(op).has("requestBody"))
                .toList();
        assertNotEquals(List.of(), bodyless.stream().filter(op -> op.method().equals("POST")).toList());
        for (SpecOperation op : bodyless) {
            String path = op.pathTemplate().replaceAll("\\{[^}]+}", "x");
            for (String body : List.of("{\"x\": 1}", "not json", "[]")) {
                Response answer = api().body(body).request(op.method(), path);
                assertEquals(400, answer.statusCode(), () -> op.operationId() + ": " + answer.asString());
                assertEquals("262198", answer.path("error.code"), op.operationId());
            }
        }
        assertEquals(before, ControlClient.state());
    }

    @Test
    void rekeyInternalAndRestoreWithABodyDoNothing() {
        String aws = createAwsKms();
        JsonNode before = ControlClient.state();
        api().body("{\"key_id\": \"other\"}").post(aws + "/rekey-internal").then().statusCode(400)
                .body("error.code", equalTo("262198"));
        api().body("{").post(aws + "/restore").then().statusCode(400).body("error.code", equalTo("262198"));
        assertEquals(before, ControlClient.state());
    }

    @Test
    void anEmptyObjectOnABodylessActionIsNoBody() {
        String aws = createAwsKms();
        api().body("{}").post(aws + "/rekey-internal").then().statusCode(202);
        api().body(" { } ").post(aws + "/rekey-internal").then().statusCode(202);
    }

    private static String createAwsKms() {
        return api().body(Map.of("svm", Map.of("name", Inventory.VS0), "region", "us-east-1", "key_id", "k1",
                "access_key_id", "AK7ATC35ZXU6GKUDQURT", "secret_access_key", Secrets.secret("aws"))).post(AWS_KMS)
                .then().statusCode(201).extract().header("Location");
    }
}
