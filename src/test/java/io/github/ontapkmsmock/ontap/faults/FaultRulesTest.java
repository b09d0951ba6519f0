package io.github.ontapkmsmock.ontap.faults;

import static io.github.ontapkmsmock.control.ControlClient.addRule;
import static io.github.ontapkmsmock.control.ControlClient.control;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Jobs;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FaultRulesTest extends OntapTest {

    @Test
    void addedRuleIsListedWithItsAddressAndCounters() {
        control().body(Map.of("operation_id", "cluster_get", "code", "6", "times", 2)).post("/_mock/faults").then()
                .statusCode(201)
                .header("Location", endsWith("/_mock/faults/1"))
                .body("id", equalTo("1"))
                .body("operation_id", equalTo("cluster_get"))
                .body("code", equalTo("6"))
                .body("times", equalTo(2))
                .body("matched", equalTo(0))
                .body("fired", equalTo(0));
        control().get("/_mock/faults").then().statusCode(200)
                .body("num_records", equalTo(1))
                .body("records[0].id", equalTo("1"));
        control().get("/_mock/faults/1").then().statusCode(200).body("code", equalTo("6"));
    }

    @Test
    void ruleFailsMatchingRequestsWithItsCodeAndTarget() {
        addRule(Map.of("method", "GET", "path", "/api/cluster", "code", "65541", "target", "cluster"));
        api().get("/api/cluster").then().statusCode(500)
                .body("error.code", equalTo("65541"))
                .body("error.message", equalTo("RPC failure"))
                .body("error.target", equalTo("cluster"));
        api().get("/api/cluster/nodes").then().statusCode(200);
    }

    @Test
    void ruleFiresItsTimesThenNoMore() {
        addRule(Map.of("operation_id", "svm_collection_get", "code", "8", "times", 2));
        api().get("/api/svm/svms").then().statusCode(409).body("error.code", equalTo("8"));
        api().get("/api/svm/svms").then().statusCode(409);
        api().get("/api/svm/svms").then().statusCode(200);
        api().get("/api/svm/svms").then().statusCode(200);
        control().get("/_mock/faults/1").then().body("fired", equalTo(2)).body("matched", equalTo(2));
    }

    @Test
    void unauthenticatedRequestsNeitherFireNorCountARule() {
        addRule(Map.of("operation_id", "svm_collection_get", "connection", "reset", "times", 1));
        given().get("/api/svm/svms").then().statusCode(401).body("error.code", equalTo("6"));
        control().get("/_mock/faults/1").then().body("fired", equalTo(0)).body("matched", equalTo(0));
    }

    @Test
    void seededProbabilityRepeatsTheSameSequence() {
        Map<String, Object> rule = Map.of("operation_id", "cluster_get", "code", "6", "probability", 0.5,
                "seed", 42);
        addRule(rule);
        List<Boolean> first = failures(20);
        control().delete("/_mock/faults").then().statusCode(200);
        addRule(rule);
        List<Boolean> second = failures(20);

        Random expected = new Random(42);
        List<Boolean> drawn = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            drawn.add(expected.nextDouble() < 0.5);
        }
        assertEquals(drawn, first);
        assertEquals(first, second);
        assertTrue(first.contains(true) && first.contains(false), "a 0.5 rule both fires and does not: " + first);
        long fired = first.stream().filter(f -> f).count();
        control().get("/_mock/faults/1").then().body("matched", equalTo(20)).body("fired", equalTo((int) fired));
    }

    @Test
    void pathPatternMatchesSegmentsAndSubtrees() {
        addRule(Map.of("path", "/api/cluster/*", "code", "4"));
        api().get("/api/cluster/nodes").then().statusCode(404).body("error.code", equalTo("4"));
        api().get("/api/cluster").then().statusCode(200);
        api().get("/api/cluster/nodes/817f544f-a98d-11ec-ae20-005056ac7c32").then().statusCode(200);
        control().delete("/_mock/faults").then().statusCode(200);

        addRule(Map.of("path", "/api/cluster/**", "code", "4"));
        api().get("/api/cluster/nodes/817f544f-a98d-11ec-ae20-005056ac7c32").then().statusCode(404);
    }

    @Test
    void ruleDelaysItsRequests() {
        addRule(Map.of("operation_id", "cluster_get", "delay_ms", 500));
        long start = System.nanoTime();
        api().get("/api/cluster").then().statusCode(200);
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 500);
        control().get("/_mock/faults/1").then().body("fired", equalTo(1));
    }

    @Test
    void headerWinsOverTheRule() {
        addRule(Map.of("operation_id", "cluster_get", "code", "6"));
        api().header(FaultHeaders.ERROR, "8").get("/api/cluster").then().statusCode(409)
                .body("error.code", equalTo("8"));
    }

    @Test
    void firstMatchingRuleApplies() {
        addRule(Map.of("operation_id", "cluster_get", "code", "6", "times", 1));
        addRule(Map.of("path", "/api/**", "code", "8"));
        api().get("/api/cluster").then().statusCode(403);
        api().get("/api/cluster").then().statusCode(409);
        api().get("/api/svm/svms").then().statusCode(409);
    }

    @Test
    void ruleCanBeRemovedByItsId() {
        String id = addRule(Map.of("operation_id", "cluster_get", "code", "6"));
        control().delete("/_mock/faults/" + id).then().statusCode(200);
        api().get("/api/cluster").then().statusCode(200);
        control().get("/_mock/faults").then().body("num_records", equalTo(0));
        control().delete("/_mock/faults/" + id).then().statusCode(404).body("error.code", equalTo("4"))
                .body("error.message", startsWith(MockErrors.PREFIX));
        control().get("/_mock/faults/" + id).then().statusCode(404);
    }

    @Test
    void deleteRemovesEveryRule() {
        addRule(Map.of("operation_id", "cluster_get", "code", "6"));
        addRule(Map.of("operation_id", "nodes_get", "code", "6"));
        control().delete("/_mock/faults").then().statusCode(200);
        control().get("/_mock/faults").then().body("records", hasSize(0));
        api().get("/api/cluster").then().statusCode(200);
    }

    @Test
    void codeUndocumentedForAMatchedOperationIsRefused() {
        control().body(Map.of("path", "/api/security/aws-kms", "code", "65537908")).post("/_mock/faults").then()
                .statusCode(400)
                .body("error.target", equalTo("code"))
                .body("error.message", startsWith(MockErrors.PREFIX))
                .body("error.message", containsString("aws_kms_collection_get"));
        control().body(Map.of("method", "POST", "path", "/api/security/aws-kms", "code", "65537908"))
                .post("/_mock/faults").then().statusCode(201);
        control().get("/_mock/faults").then().body("num_records", equalTo(1));
    }

    @Test
    void invalidRulesAreRefused() {
        refused(Map.of("operation_id", "no_such_operation", "code", "6"), "operation_id");
        refused(Map.of("operation_id", "cluster_get"), "code");
        refused(Map.of("path", "/api/nothing/here", "code", "6"), "path");
        refused(Map.of("path", "api/cluster", "code", "6"), "path");
        refused(Map.of("operation_id", "cluster_get", "code", "6", "connection", "reset"), "connection");
        refused(Map.of("operation_id", "cluster_get", "code", "6", "job", true), "job");
        refused(Map.of("operation_id", "aws_kms_rekey_internal", "job", true), "code");
        refused(Map.of("operation_id", "cluster_get", "delay_ms", 10, "timeout_ms", 10), "timeout_ms");
        control().body(Map.of("operation_id", "cluster_get", "delay_ms", 60001)).post("/_mock/faults").then()
                .statusCode(400).body("error.target", equalTo("delay_ms"));
        control().body(Map.of("operation_id", "cluster_get", "code", "6", "probability", 0)).post("/_mock/faults")
                .then().statusCode(400).body("error.target", equalTo("probability"));
        control().body(Map.of("operation_id", "cluster_get", "code", "6", "id", "7")).post("/_mock/faults").then()
                .statusCode(400).body("error.target", equalTo("id"));
        control().body(Map.of("operation_id", "cluster_get", "code", "6", "method", "TRACE")).post("/_mock/faults")
                .then().statusCode(400).body("error.target", equalTo("method"));
        control().get("/_mock/faults").then().body("num_records", equalTo(0));
    }

    @Test
    void jobRuleFailsTheJobOfMatchingRequests() {
        control().body(Map.of("operation_id", "aws_kms_rekey_internal", "code", "65537547", "job", true,
                "times", 1)).post("/_mock/faults").then().statusCode(201).body("job", equalTo(true));
        String uuid = AsyncRequests.createAwsKms();
        String failing = api().post(AsyncRequests.AWS + "/" + uuid + "/rekey-internal").then().statusCode(202)
                .extract().path("job._links.self.href");
        var failed = Jobs.awaitJob(failing);
        assertEquals("failure", failed.getString("state"));
        assertEquals(65537547, failed.getInt("code"));
        String next = api().post(AsyncRequests.AWS + "/" + uuid + "/rekey-internal").then().statusCode(202)
                .extract().path("job._links.self.href");
        assertEquals("success", Jobs.awaitJob(next).getString("state"));
    }

    @Test
    void ruleErrorLeavesTheStateAsItWas() {
        addRule(Map.of("method", "POST", "path", "/api/security/aws-kms", "code", "65537906"));
        api().body(Map.of("svm", Map.of("name", "vs0"), "region", "us-east-1", "key_id", "kmip-aws",
                "access_key_id", "AK7ATC35ZXU6GKUDQURT", "secret_access_key", Secrets.secret("aws")))
                .post(AsyncRequests.AWS).then().statusCode(500)
                .body("error.code", equalTo("65537906"))
                .body("error.message", equalTo("Failed to store the secret access key."));
        api().get(AsyncRequests.AWS).then().body("num_records", equalTo(0));
    }

    private static void refused(Map<String, Object> rule, String target) {
        control().body(rule).post("/_mock/faults").then().statusCode(400)
                .body("error.target", equalTo(target))
                .body("error.message", startsWith(MockErrors.PREFIX));
    }

    private static List<Boolean> failures(int requests) {
        List<Boolean> failed = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            failed.add(api().get("/api/cluster").statusCode() == 403);
        }
        return failed;
    }

    /** The control API's bodies are read as strictly as ONTAP's: a value of the wrong type is refused, not coerced. */
    @Test
    void ruleWithAValueOfTheWrongTypeIsRefusedNotCoerced() {
        wrongType(Map.of("operation_id", "cluster_get", "code", 6), "code");
        wrongType(Map.of("operation_id", "cluster_get", "code", "6", "times", "2"), "times");
        wrongType(Map.of("operation_id", "cluster_get", "delay_ms", 1.5), "delay_ms");
        wrongType(Map.of("operation_id", "cluster_get", "code", "6", "job", "true"), "job");
        control().get("/_mock/faults").then().body("num_records", equalTo(0));
    }

    private static void wrongType(Map<String, Object> rule, String target) {
        control().body(rule).post("/_mock/faults").then().statusCode(400)
                .body("error.code", equalTo("262197"))
                .body("error.target", equalTo(target));
    }
}
