package io.github.ontapkmsmock.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.ontapkmsmock.control.ProviderStateCatalogue;
import io.github.ontapkmsmock.testing.ApiClient;
import io.github.ontapkmsmock.testing.ApiClient.Answer;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.RichState;
import io.github.ontapkmsmock.testing.Tenants;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Many tenants run the same scenario at once against one mock (provider states, resets, version changes, armed
 * faults, creates for the same SVM in every family, jobs): each ends with exactly its own records, jobs, fault rules,
 * release and journal, and the default cluster is untouched.
 */
@QuarkusTest
class TenantIsolationTest extends OntapTest {

    private static final int TENANTS = 16;
    private static final String[] RELEASES = { "9.14.1", "9.15.1", "9.16.1", "9.17.1" };

    private final ExecutorService pool = Executors.newFixedThreadPool(TENANTS);

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** One tenant's client: even ones name their cluster in the user name, odd ones in the header. */
    private record Tenant(int index, ApiClient client, Map<String, String> headers) {

        static Tenant of(int index) {
            String name = "shard-" + index;
            return index % 2 == 0 ? new Tenant(index, new ApiClient(USER + "@" + name), Map.of())
                    : new Tenant(index, new ApiClient(), Map.of(Tenants.HEADER, name));
        }

        String marker() {
            return "tenant-" + index;
        }

        String release() {
            return RELEASES[index % RELEASES.length];
        }

        Answer send(String method, String target, Object body) {
            return client.send(method, target, body, headers);
        }

        Answer expect(int status, String method, String target, Object body) {
            Answer answer = send(method, target, body);
            assertEquals(status, answer.status(), answer::toString);
            return answer;
        }
    }

    @Test
    void tenantsRunningTheSameScenarioAtOnceNeverSeeEachOther() throws Exception {
        CyclicBarrier writesDone = new CyclicBarrier(TENANTS);
        List<Tenant> tenants = new ArrayList<>();
        List<Future<String>> jobs = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            Tenant tenant = Tenant.of(i);
            tenants.add(tenant);
            jobs.add(pool.submit(() -> write(tenant, writesDone)));
        }
        List<String> jobUuids = new ArrayList<>();
        for (Future<String> job : jobs) {
            jobUuids.add(job.get(120, TimeUnit.SECONDS));
        }
        for (Tenant tenant : tenants) {
            verify(tenant, jobUuids);
        }
        assertDefaultClusterUntouched(jobUuids);
    }

    /** The scenario's writes; the UUID of the tenant's job. */
    private static String write(Tenant t, CyclicBarrier writesDone) throws Exception {
        String stateUuid = String.format("00000000-0000-4000-8000-%012d", t.index());
        t.expect(200, "POST", "/_mock/provider-states", Map.of("state", ProviderStateCatalogue.AWS_KMS,
                "params", Map.of("uuid", stateUuid, "key_id", t.marker()), "action", "setup"));
        JsonNode seeded = t.expect(200, "GET", RichState.AWS_KMS + "?fields=key_id", null).json();
        assertEquals(1, seeded.path("num_records").asInt(), seeded::toString);
        assertEquals(stateUuid, seeded.path("records").path(0).path("uuid").asText());
        t.expect(200, "POST", "/_mock/reset", null);
        t.expect(200, "PUT", "/_mock/version", Map.of("version", t.release()));
        t.expect(201, "POST", "/_mock/faults", Map.of("operation_id", "cluster_get", "code", "6", "times", 1));
        assertEquals("6", t.expect(403, "GET", "/api/cluster", null).code());
        t.expect(200, "GET", "/api/cluster", null);

        Map<String, Object> awsKms = new LinkedHashMap<>(RichState.awsKms(Inventory.VS0));
        awsKms.put("key_id", t.marker());
        t.expect(201, "POST", RichState.AWS_KMS, awsKms);
        String job = t.expect(202, "POST", RichState.AZURE_KEY_VAULTS, RichState.azureKeyVault(Inventory.VS1))
                .json().path("job").path("uuid").asText();
        t.expect(201, "POST", RichState.KEY_MANAGERS, RichState.externalKeyManager(null, RichState.SERVER_1));
        t.expect(200, "GET", RichState.AWS_KMS + "?key_id=" + t.marker(), null);
        writesDone.await(60, TimeUnit.SECONDS);
        return job;
    }

    /** What the tenant sees once every tenant has written: its own state, nothing of another's. */
    private static void verify(Tenant t, List<String> jobUuids) {
        JsonNode state = t.expect(200, "GET", "/_mock/state", null).json();
        assertEquals(1, state.path("aws_kms").size(), state::toString);
        assertEquals(t.marker(), state.path("aws_kms").path(0).path("key_id").asText());
        assertEquals(1, state.path("azure_key_vaults").size(), state::toString);
        assertEquals(1, state.path("key_managers").size(), state::toString);
        assertEquals(t.release(), state.path("version").asText());

        JsonNode rules = t.expect(200, "GET", "/_mock/faults", null).json();
        assertEquals(1, rules.path("num_records").asInt(), rules::toString);
        assertEquals(1, rules.path("records").path(0).path("fired").asInt(), rules::toString);
        assertEquals(1, rules.path("records").path(0).path("matched").asInt(), rules::toString);

        for (int other = 0; other < jobUuids.size(); other++) {
            int status = other == t.index() ? 200 : 404;
            t.expect(status, "GET", "/api/cluster/jobs/" + jobUuids.get(other), null);
        }

        JsonNode journal = t.expect(200, "GET", "/_mock/requests", null).json();
        List<String> queries = new ArrayList<>();
        journal.path("records").forEach(entry -> queries.add(entry.path("query").asText("")));
        // Since its reset: cluster x2, three creates, the marked collection, the jobs of every tenant.
        assertEquals(6 + jobUuids.size(), queries.size(), journal::toString);
        assertTrue(queries.stream().filter(q -> q.contains("tenant-")).allMatch(q -> q.equals("key_id=" + t.marker())),
                queries::toString);
        assertEquals(1, queries.stream().filter(q -> q.contains("tenant-")).count(), queries::toString);
    }

    private void assertDefaultClusterUntouched(List<String> jobUuids) {
        ApiClient admin = new ApiClient();
        assertEquals(0, admin.send("GET", RichState.AWS_KMS, null).json().path("num_records").asInt());
        JsonNode state = admin.send("GET", "/_mock/state", null).json();
        assertEquals("9.17.1", state.path("version").asText());
        assertEquals(0, state.path("faults").size(), state::toString);
        assertEquals(0, state.path("key_managers").size(), state::toString);
        assertEquals(404, admin.send("GET", "/api/cluster/jobs/" + jobUuids.get(0), null).status());
        assertEquals(2, admin.send("GET", "/_mock/requests", null).json().path("num_records").asInt());
        JsonNode clusters = admin.send("GET", "/_mock/clusters", null).json();
        assertEquals(TENANTS + 1, clusters.path("num_records").asInt(), clusters::toString);
    }
}
