package io.github.ontapkmsmock.pact.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An Azure key rotation job as shops schedule it: it finds the enabled Azure Key Vault configurations, rotates each
 * one's key to the newest version and waits for ONTAP's job, reporting what failed with ONTAP's code.
 */
final class AzureKeyRotation {

    private final OntapHttp ontap;

    AzureKeyRotation(String baseUrl) {
        this.ontap = new OntapHttp(baseUrl);
    }

    /** The UUIDs of the enabled configurations. */
    List<String> enabledVaults() {
        var answer = ontap.get("/api/security/azure-key-vaults", Map.of("enabled", "true", "fields",
                "uuid,svm.name,key_id"));
        List<String> uuids = new ArrayList<>();
        answer.body().path("records").forEach(r -> uuids.add(r.path("uuid").asText()));
        return uuids;
    }

    /** The key a configuration uses now. */
    String currentKey(String uuid) {
        return ontap.get("/api/security/azure-key-vaults/" + uuid, Map.of("fields", "key_id")).body().path("key_id")
                .asText();
    }

    /** Rotates one configuration's key; "success", or "failure <code>" from the job or from the answer. */
    String rotate(String uuid, String newKeyId) {
        var answer = ontap.post("/api/security/azure-key-vaults/" + uuid + "/rekey-external",
                Map.of("key_id", newKeyId));
        if (answer.status() != 202) {
            return "failure " + answer.errorCode();
        }
        JsonNode job = ontap.awaitJob(answer);
        String state = job.path("state").asText();
        return "success".equals(state) ? state : state + " " + job.path("code").asLong();
    }
}
