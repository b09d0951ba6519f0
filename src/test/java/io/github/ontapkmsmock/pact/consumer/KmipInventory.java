package io.github.ontapkmsmock.pact.consumer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A KMIP key-server inventory tool as shops keep one: it lists the key managers (external and onboard) with their
 * scope, the key servers of each external one in ONTAP's order, and adds or removes key servers.
 */
final class KmipInventory {

    private final OntapHttp ontap;

    KmipInventory(String baseUrl) {
        this.ontap = new OntapHttp(baseUrl);
    }

    /** "uuid scope [svm]" of each key manager, cluster scope first. */
    List<String> keyManagers() {
        var answer = ontap.get("/api/security/key-managers", Map.of("fields", "uuid,scope,svm.name", "order_by",
                "scope"));
        List<String> lines = new ArrayList<>();
        answer.body().path("records").forEach(r -> lines.add((r.path("uuid").asText() + " " + r.path("scope").asText()
                + " " + r.path("svm").path("name").asText()).trim()));
        return lines;
    }

    /** The key managers of one SVM (none is a finding of the inventory). */
    int keyManagersOf(String svm) {
        return ontap.get("/api/security/key-managers", Map.of("svm.name", svm)).body().path("num_records").asInt();
    }

    /** Each key server with its timeout, in ONTAP's order. */
    Map<String, Integer> keyServers(String keyManager) {
        var answer = ontap.get("/api/security/key-managers/" + keyManager + "/key-servers", Map.of("fields",
                "server,timeout"));
        Map<String, Integer> servers = new LinkedHashMap<>();
        answer.body().path("records").forEach(r -> servers.put(r.path("server").asText(), r.path("timeout").asInt()));
        return servers;
    }

    OntapHttp.Answer addKeyServer(String keyManager, String server) {
        return ontap.post("/api/security/key-managers/" + keyManager + "/key-servers", Map.of("server", server));
    }

    int removeKeyServer(String keyManager, String server) {
        return ontap.delete("/api/security/key-managers/" + keyManager + "/key-servers/" + server).status();
    }
}
