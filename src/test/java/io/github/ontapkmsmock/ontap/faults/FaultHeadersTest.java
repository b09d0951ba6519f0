package io.github.ontapkmsmock.ontap.faults;

import static io.github.ontapkmsmock.control.ControlClient.state;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Jobs;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FaultHeadersTest extends OntapTest {

    @Test
    void errorHeaderAnswersTheDocumentedErrorOfTheOperation() {
        var before = state();
        api().header(FaultHeaders.ERROR, "65537908").body("{}").post("/api/security/aws-kms").then()
                .statusCode(400)
                .body("error.code", equalTo("65537908"))
                .body("error.message",
                        equalTo("The Amazon Web Service Key Management Service is not supported for the admin SVM."))
                .body("error.target", nullValue());
        assertEquals(before, state());
    }

    @Test
    void errorHeaderStopsAValidRequestBeforeItChangesAnything() {
        api().header(FaultHeaders.ERROR, "65537910").body(validAwsKms()).post(AsyncRequests.AWS).then()
                .statusCode(409).body("error.code", equalTo("65537910"));
        api().get(AsyncRequests.AWS).then().body("num_records", equalTo(0));
        api().body(validAwsKms()).post(AsyncRequests.AWS).then().statusCode(201);
    }

    @Test
    void errorTargetHeaderFillsTheTarget() {
        api().header(FaultHeaders.ERROR, "65537910").header(FaultHeaders.ERROR_TARGET, "svm.uuid").body("{}")
                .post("/api/security/aws-kms").then()
                .statusCode(409)
                .body("error.code", equalTo("65537910"))
                .body("error.target", equalTo("svm.uuid"));
    }

    @Test
    void errorHeaderAcceptsOntapCommonCodes() {
        api().header(FaultHeaders.ERROR, "6").get("/api/cluster").then()
                .statusCode(403)
                .body("error.code", equalTo("6"))
                .body("error.message", equalTo("not authorized for that command"));
    }

    @Test
    void undocumentedCodeIsRefusedByTheMockWithTheOperationsCodes() {
        api().header(FaultHeaders.ERROR, "65537549").get("/api/security/aws-kms").then()
                .statusCode(400)
                .body("error.code", equalTo("262185"))
                .body("error.target", equalTo(FaultHeaders.ERROR))
                .body("error.message", startsWith(MockErrors.PREFIX))
                .body("error.message", containsString("aws_kms_collection_get"))
                .body("error.message", containsString("65537551, 65537552, 65537915"));
    }

    @Test
    void targetWithoutErrorIsRefused() {
        api().header(FaultHeaders.ERROR_TARGET, "svm").get("/api/cluster").then()
                .statusCode(400)
                .body("error.target", equalTo(FaultHeaders.ERROR_TARGET))
                .body("error.message", startsWith(MockErrors.PREFIX));
    }

    @Test
    void delayHeaderDelaysTheAnswer() {
        long start = System.nanoTime();
        api().header(FaultHeaders.DELAY, "600").get("/api/cluster").then().statusCode(200)
                .body("name", equalTo("cluster1"));
        assertTrue(elapsed(start).toMillis() >= 600, "answered after " + elapsed(start).toMillis() + " ms");
    }

    @Test
    void delayedRequestDoesNotHoldUpOthers() throws Exception {
        CompletableFuture<Integer> delayed = CompletableFuture.supplyAsync(() -> api()
                .header(FaultHeaders.DELAY, "3000").body(validAwsKms()).post(AsyncRequests.AWS).statusCode());
        Thread.sleep(200);
        long start = System.nanoTime();
        api().get("/api/svm/svms").then().statusCode(200);
        String other = AsyncRequests.createAzureKeyVault();
        api().get(AsyncRequests.AZURE + "/" + other).then().statusCode(200);
        assertTrue(elapsed(start).toMillis() < 2500, "others waited " + elapsed(start).toMillis() + " ms");
        assertEquals(409, delayed.get(10, TimeUnit.SECONDS), "vs0 got its Azure key manager first");
    }

    @Test
    void jobDurationKeepsTheJobRunning() {
        String uuid = AsyncRequests.createAwsKms();
        long start = System.nanoTime();
        String job = api().header(FaultHeaders.JOB_DURATION, "1500").post(AsyncRequests.AWS + "/" + uuid
                + "/rekey-internal").then().statusCode(202).extract().path("job._links.self.href");
        api().get(job).then().body("state", equalTo("running"));
        var finished = Jobs.awaitJob(job);
        assertEquals("success", finished.getString("state"));
        assertTrue(elapsed(start).toMillis() >= 1500, "ran " + elapsed(start).toMillis() + " ms");
    }

    @Test
    void jobErrorAfterTheJobsDuration() {
        String uuid = AsyncRequests.createAwsKms();
        String job = api().header(FaultHeaders.JOB_DURATION, "1500").header(FaultHeaders.JOB_ERROR, "65537919")
                .body(Map.of("key_id", "kmip-aws-2"))
                .post(AsyncRequests.AWS + "/" + uuid + "/rekey-external").then().statusCode(202)
                .extract().path("job._links.self.href");
        api().get(job).then().body("state", equalTo("running"));
        var finished = Jobs.awaitJob(job);
        assertEquals("failure", finished.getString("state"));
        assertEquals(65537919, finished.getInt("code"));
        assertEquals("External rekey failed on one or more nodes.", finished.getString("message"));
        api().get(AsyncRequests.AWS + "/" + uuid + "?fields=key_id").then().body("key_id", equalTo("kmip-aws"));
    }

    @Test
    void jobErrorWithReturnTimeoutAnswersTheErrorDirectly() {
        String uuid = AsyncRequests.createAwsKms();
        api().header(FaultHeaders.JOB_ERROR, "65537926")
                .post(AsyncRequests.AWS + "/" + uuid + "/restore?return_timeout=10").then()
                .statusCode(404)
                .body("error.code", equalTo("65537926"))
                .body("error.message", equalTo(
                        "The Amazon Web Service Key Management Service is not configured for the given SVM."));
    }

    @Test
    void delayedErrorComesAfterTheDelay() {
        long start = System.nanoTime();
        api().header(FaultHeaders.DELAY, "300").header(FaultHeaders.ERROR, "4").get("/api/cluster/nodes").then()
                .statusCode(404).body("error.code", equalTo("4"));
        assertTrue(elapsed(start).toMillis() >= 300);
    }

    @Test
    void delayOutOfBoundsIsRefused() {
        api().header(FaultHeaders.DELAY, "60001").get("/api/cluster").then().statusCode(400)
                .body("error.target", equalTo(FaultHeaders.DELAY))
                .body("error.message", startsWith(MockErrors.PREFIX));
        api().header(FaultHeaders.DELAY, "soon").get("/api/cluster").then().statusCode(400)
                .body("error.target", equalTo(FaultHeaders.DELAY));
        api().header(FaultHeaders.DELAY, "-1").get("/api/cluster").then().statusCode(400);
    }

    @Test
    void jobHeadersAreRefusedOnSynchronousOperations() {
        api().header(FaultHeaders.JOB_ERROR, "65537908").body("{}").post("/api/security/aws-kms").then()
                .statusCode(400)
                .body("error.target", equalTo(FaultHeaders.JOB_ERROR))
                .body("error.message", containsString("asynchronous operations only"));
        api().header(FaultHeaders.JOB_DURATION, "100").get("/api/cluster").then().statusCode(400)
                .body("error.target", equalTo(FaultHeaders.JOB_DURATION));
    }

    @Test
    void jobErrorMustBeDocumentedForTheOperation() {
        api().header(FaultHeaders.JOB_ERROR, "65537908").post("/api/security/aws-kms/x/rekey-internal").then()
                .statusCode(400)
                .body("error.target", equalTo(FaultHeaders.JOB_ERROR))
                .body("error.message", containsString("aws_kms_rekey_internal"));
    }

    private static Map<String, Object> validAwsKms() {
        return Map.of("svm", Map.of("name", "vs0"), "region", "us-east-1", "key_id", "kmip-aws",
                "access_key_id", "AK7ATC35ZXU6GKUDQURT", "secret_access_key", Secrets.secret("aws"));
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
