package io.github.ontapkmsmock.pact.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A storage-automation service as shops run them: it enables AWS KMS for each SVM it provisions, rotates the AWS key
 * with a job it polls, lists which SVMs use which region, and disables AWS KMS when an SVM goes.
 */
final class StorageAutomation {

    private final OntapHttp ontap;

    StorageAutomation(String baseUrl) {
        this.ontap = new OntapHttp(baseUrl);
    }

    /** The created configuration's link, after checking that the SVM has none. */
    String enableAwsKms(String svm, String region, String keyId) {
        var existing = ontap.get("/api/security/aws-kms", Map.of("svm.name", svm, "fields", "uuid"));
        if (existing.body().path("num_records").asInt() > 0) {
            return existing.body().path("records").get(0).path("uuid").asText();
        }
        return create(svm, region, keyId).location();
    }

    /** POST as it is, for callers that want ONTAP's answer (and its error code). */
    OntapHttp.Answer create(String svm, String region, String keyId) {
        return ontap.post("/api/security/aws-kms", Map.of("svm", Map.of("name", svm), "region", region, "key_id",
                keyId, "access_key_id", "AKIAIOSFODNN7EXAMPLE", "secret_access_key", "automation-secret"));
    }

    /** "svm region" of each SVM whose name matches, by SVM name from the last. */
    List<String> regionsBySvm(String svmPattern) {
        var answer = ontap.get("/api/security/aws-kms", Map.of("svm.name", svmPattern, "fields",
                "region,svm.name", "order_by", "svm.name desc"));
        List<String> regions = new ArrayList<>();
        answer.body().path("records").forEach(r -> regions.add(r.path("svm").path("name").asText() + " "
                + r.path("region").asText()));
        return regions;
    }

    /** Rotates the AWS key and waits for the job; the job's final state. */
    String rotateKey(String uuid, String keyId) {
        var accepted = ontap.post("/api/security/aws-kms/" + uuid + "/rekey-external", Map.of("key_id", keyId));
        JsonNode job = ontap.awaitJob(accepted);
        return job.path("state").asText();
    }

    int disable(String uuid) {
        return ontap.delete("/api/security/aws-kms/" + uuid).status();
    }
}
