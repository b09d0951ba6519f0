package io.github.ontapkmsmock.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code POST /_mock/reset} is atomic with respect to requests (issue 11: about 2 of 2,000 Azure creates racing a
 * reset answered 500): writes of every family, their jobs and the control API run while resets keep coming, and
 * every answer is the request's own, before or after a reset, never a 5xx. Bounded: a fixed number of requests to
 * 127.0.0.1.
 */
@QuarkusTest
class ResetRaceTest extends OntapTest {

    private static final int WRITERS = 4;
    private static final int ROUNDS = 80;

    private static final String AZURE = "{\"svm\":{\"name\":\"vs0\"},\"client_id\":\"c\",\"tenant_id\":\"t\","
            + "\"name\":\"https://v.vault.azure.net/\",\"key_id\":"
            + "\"https://v.vault.azure.net/keys/k/a8e619fd8f234db3b0b95c59540e2a74\",\"client_secret\":\""
            + Secrets.secret("race") + "\"}";
    private static final String AWS = "{\"svm\":{\"name\":\"vs1\"},\"region\":\"r\",\"key_id\":\"k\","
            + "\"access_key_id\":\"AK\",\"secret_access_key\":\"" + Secrets.secret("race") + "\"}";
    private static final String EXTERNAL = "{\"external\":{\"client_certificate\":{\"uuid\":\""
            + Inventory.CLUSTER_CLIENT_CERT + "\"},\"server_ca_certificates\":[{\"uuid\":\"" + Inventory.CLUSTER_SERVER_CA
            + "\"}],\"servers\":[{\"server\":\"10.0.0.1\"}]}}";

    private static final Pattern UUID = Pattern.compile("\"uuid\":\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base = "http://127.0.0.1:"
            + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    private final String credentials = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    @Test
    void resetsRacingWritesOfEveryFamilyNeverAnswer5xx() throws Exception {
        Map<String, String> failures = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> {
                    String awsUuid = "00000000-0000-0000-0000-000000000000";
                    for (int round = 0; round < ROUNDS; round++) {
                        for (String[] request : round(awsUuid)) {
                            HttpResponse<String> answer = send(request[0], request[1], request[2]);
                            answered.incrementAndGet();
                            if (answer.statusCode() >= 500) {
                                failures.put(request[0] + " " + request[1], answer.body());
                            }
                            Matcher created = UUID.matcher(answer.body());
                            if (request[1].startsWith("/api/security/aws-kms?") && created.find()) {
                                awsUuid = created.group(1);
                            }
                        }
                    }
                    return null;
                }));
            }
            Future<?> resets = pool.submit(() -> {
                while (writing.get()) {
                    HttpResponse<String> answer = send("POST", "/_mock/reset", null);
                    if (answer.statusCode() != 200) {
                        failures.put("POST /_mock/reset", answer.body());
                    }
                }
                return null;
            });
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            resets.get();
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Map.of(), failures);
        assertEquals(WRITERS * ROUNDS * round("").size(), answered.get());
    }

    /** One round of writes: creates of each family, a job of each kind, reads and control changes. */
    private static List<String[]> round(String awsUuid) {
        return List.of(
                new String[] {"POST", "/api/security/azure-key-vaults", AZURE},
                new String[] {"DELETE", "/api/security/azure-key-vaults?svm.name=vs0", null},
                new String[] {"POST", "/api/security/azure-key-vaults", AZURE},
                new String[] {"POST", "/api/security/aws-kms?return_records=true", AWS},
                new String[] {"POST", "/api/security/aws-kms/" + awsUuid + "/rekey-internal?return_timeout=1", null},
                new String[] {"POST", "/api/security/aws-kms/" + awsUuid + "/restore", null},
                new String[] {"POST", "/api/security/key-managers", EXTERNAL},
                new String[] {"PATCH", "/api/security/azure-key-vaults?svm.name=vs0", "{\"proxy_host\":\"p\"}"},
                new String[] {"DELETE", "/api/security/key-managers?scope=cluster", null},
                new String[] {"GET", "/api/security/key-stores?fields=*", null},
                new String[] {"POST", "/_mock/faults", "{\"operation_id\":\"cluster_get\",\"code\":\"6\",\"times\":1}"},
                new String[] {"GET", "/api/security/key-managers?fields=*", null});
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.replace("*", "%2A")))
                .timeout(Duration.ofSeconds(30)).header("Authorization", credentials)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
