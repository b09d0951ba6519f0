package io.github.ontapkmsmock.pact.consumer;

import static io.github.ontapkmsmock.pact.consumer.OntapPactDsl.PROVIDER;
import static io.github.ontapkmsmock.pact.consumer.OntapPactDsl.error;
import static io.github.ontapkmsmock.pact.consumer.OntapPactDsl.job;
import static io.github.ontapkmsmock.pact.consumer.OntapPactDsl.jobPoll;
import static io.github.ontapkmsmock.pact.consumer.OntapPactDsl.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;

/** The storage-automation service's contract with ONTAP's AWS KMS endpoints (written to pacts/). */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V3)
class StorageAutomationPactTest {

    static final String CONSUMER = "storage-automation";
    static final String VS0_KMS = "5d9e3a4c-2b1f-4e8a-9c7d-000000000a00";
    static final String VS1_KMS = "5d9e3a4c-2b1f-4e8a-9c7d-000000000a01";
    static final String JOB = "5d9e3a4c-2b1f-4e8a-9c7d-000000000b01";

    /** What the service sends to enable AWS KMS for vs1. */
    static PactDslJsonBody createBody() {
        return new PactDslJsonBody().stringValue("region", "eu-west-1").stringValue("key_id", "alias/ontap-vs1")
                .stringValue("access_key_id", "AKIAIOSFODNN7EXAMPLE").stringValue("secret_access_key",
                        "automation-secret")
                .object("svm", new PactDslJsonBody().stringValue("name", "vs1"));
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact enableForAnSvmWithoutKeyManager(PactDslWithProvider builder) {
        return json(builder.given("SVM vs1 has no key manager")
                .uponReceiving("a query for the AWS KMS of vs1, which has none").path("/api/security/aws-kms")
                .query("fields=uuid&svm.name=vs1").method("GET").willRespondWith().status(200),
                new PactDslJsonBody().integerType("num_records", 0).array("records").closeArray())
                .given("SVM vs1 has no key manager").uponReceiving("a request to enable AWS KMS for vs1")
                .path("/api/security/aws-kms").method("POST").body(createBody())
                .willRespondWith().status(201).matchHeader("Location", "/api/security/aws-kms/" + OntapPactDsl.UUID_PATTERN,
                        "/api/security/aws-kms/" + VS1_KMS)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "enableForAnSvmWithoutKeyManager")
    void enablesAwsKmsForAnSvmWithoutKeyManager(MockServer server) {
        String location = new StorageAutomation(server.getUrl()).enableAwsKms("vs1", "eu-west-1", "alias/ontap-vs1");
        assertEquals("/api/security/aws-kms/" + VS1_KMS, location);
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact enableRefusedForAnSvmWithKeyManager(PactDslWithProvider builder) {
        return json(builder.given("an AWS KMS configuration exists", Map.of("svm_name", "vs1"))
                .uponReceiving("a request to enable AWS KMS for vs1, which has it already")
                .path("/api/security/aws-kms").method("POST").body(createBody())
                .willRespondWith().status(409), error("65537910")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "enableRefusedForAnSvmWithKeyManager")
    void reportsTheSvmsKeyManager(MockServer server) {
        var answer = new StorageAutomation(server.getUrl()).create("vs1", "eu-west-1", "alias/ontap-vs1");
        assertEquals(409, answer.status());
        assertEquals("65537910", answer.errorCode());
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact enableFailsWithADocumentedError(PactDslWithProvider builder) {
        return json(builder.given("SVM vs1 has no key manager").given("fault 3735622 is armed for aws_kms_create")
                .uponReceiving("a request to enable AWS KMS for vs1 that the cluster refuses")
                .path("/api/security/aws-kms").method("POST").body(createBody())
                .willRespondWith().status(400), error("3735622")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "enableFailsWithADocumentedError")
    void reportsTheClustersErrorCode(MockServer server) {
        var answer = new StorageAutomation(server.getUrl()).create("vs1", "eu-west-1", "alias/ontap-vs1");
        assertEquals("3735622", answer.errorCode());
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact regionsOfTheSvms(PactDslWithProvider builder) {
        return json(builder.given("an AWS KMS configuration exists", Map.of("uuid", VS0_KMS, "svm_name", "vs0"))
                .given("an AWS KMS configuration exists", Map.of("uuid", VS1_KMS, "svm_name", "vs1", "region",
                        "eu-west-1"))
                .uponReceiving("a query for the regions of the AWS KMS of the vs SVMs, by SVM name descending")
                .path("/api/security/aws-kms").query("fields=region,svm.name&order_by=svm.name desc&svm.name=vs*")
                .method("GET").willRespondWith().status(200),
                new PactDslJsonBody().integerType("num_records", 2).array("records")
                        .object().stringValue("uuid", VS1_KMS).stringValue("region", "eu-west-1")
                        .object("svm", new PactDslJsonBody().stringValue("name", "vs1")).closeObject()
                        .object().stringValue("uuid", VS0_KMS).stringValue("region", "us-east-1")
                        .object("svm", new PactDslJsonBody().stringValue("name", "vs0")).closeObject().closeArray())
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "regionsOfTheSvms")
    void listsTheRegionsOfTheSvms(MockServer server) {
        assertEquals(List.of("vs1 eu-west-1", "vs0 us-east-1"),
                new StorageAutomation(server.getUrl()).regionsBySvm("vs*"));
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact rotateTheKeyAndPollTheJob(PactDslWithProvider builder) {
        var rekey = json(builder.given("an AWS KMS configuration exists", Map.of("uuid", VS1_KMS, "svm_name", "vs1"))
                .uponReceiving("a request to rotate the AWS key of vs1").path("/api/security/aws-kms/" + VS1_KMS
                        + "/rekey-external")
                .method("POST").body(new PactDslJsonBody().stringValue("key_id", "alias/ontap-vs1-2026"))
                .willRespondWith().status(202), job(JOB));
        return jobPoll(rekey, "a poll of the key rotation job, which has succeeded", Map.of("uuid", JOB,
                "operation_id", "aws_kms_rekey_external"),
                new PactDslJsonBody().stringValue("uuid", JOB).stringValue("state", "success")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "rotateTheKeyAndPollTheJob")
    void rotatesTheKeyAndWaitsForTheJob(MockServer server) {
        assertEquals("success", new StorageAutomation(server.getUrl()).rotateKey(VS1_KMS, "alias/ontap-vs1-2026"));
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact disable(PactDslWithProvider builder) {
        return builder.given("an AWS KMS configuration exists", Map.of("uuid", VS1_KMS, "svm_name", "vs1"))
                .uponReceiving("a request to disable the AWS KMS of vs1").path("/api/security/aws-kms/" + VS1_KMS)
                .method("DELETE").willRespondWith().status(200).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "disable")
    void disablesAwsKms(MockServer server) {
        assertEquals(200, new StorageAutomation(server.getUrl()).disable(VS1_KMS));
    }
}
