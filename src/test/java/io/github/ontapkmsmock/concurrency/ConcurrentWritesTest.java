package io.github.ontapkmsmock.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.testing.ApiClient;
import io.github.ontapkmsmock.testing.ApiClient.Answer;
import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.RichState;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Writers racing on 127.0.0.1, as a pipeline's parallel jobs do (bounded: a few threads, at most a few thousand
 * requests): the rules hold whoever wins, no answer is a 5xx, and the state at the end is one the answers explain.
 */
@QuarkusTest
class ConcurrentWritesTest extends OntapTest {

    private static final OntapSpec SPEC = OntapSpec.load();
    private static final int THREADS = 12;

    private final ApiClient client = new ApiClient();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void createsAcrossFamiliesForOneSvmLetExactlyOneWin() throws Exception {
        for (int round = 0; round < 5; round++) {
            state.reset();
            String server = "10.0.0." + (round + 1) + ":5696";
            List<Callable<Answer>> creates = new ArrayList<>();
            for (int i = 0; i < THREADS / 3; i++) {
                creates.add(() -> client.send("POST", RichState.AWS_KMS, RichState.awsKms(Inventory.VS0)));
                creates.add(() -> client.send("POST", RichState.AZURE_KEY_VAULTS + "?return_timeout=30",
                        RichState.azureKeyVault(Inventory.VS0)));
                creates.add(() -> client.send("POST", RichState.KEY_MANAGERS,
                        RichState.externalKeyManager(Inventory.VS0, server)));
            }
            List<Answer> answers = all(creates);
            List<Answer> won = answers.stream().filter(a -> a.status() == 201).toList();
            assertEquals(1, won.size(), () -> "round winners: " + won);
            answers.stream().filter(a -> a.status() != 201).forEach(this::assertDocumentedRefusal);
            Answer keystores = client.send("GET", "/api/security/key-stores?svm.name=" + Inventory.VS0
                    + "&enabled=true", null);
            assertEquals(1, keystores.json().path("num_records").asInt(), keystores::toString);
        }
    }

    @Test
    void keyServerAdditionsPastTheLimitStopAtFour() throws Exception {
        for (int round = 0; round < 3; round++) {
            state.reset();
            String uuid = uuidOf(client.send("POST", RichState.KEY_MANAGERS,
                    RichState.externalKeyManager(null, "10.1.0.1:5696")));
            List<Callable<Answer>> additions = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                String server = "10.1." + round + "." + (i + 10) + ":5696";
                additions.add(() -> client.send("POST", RichState.KEY_MANAGERS + "/" + uuid + "/key-servers",
                        Map.of("server", server)));
            }
            List<Answer> answers = all(additions);
            assertEquals(3, answers.stream().filter(a -> a.status() == 201).count(), answers::toString);
            answers.stream().filter(a -> a.status() != 201).forEach(this::assertDocumentedRefusal);
            Answer servers = client.send("GET", RichState.KEY_MANAGERS + "/" + uuid + "/key-servers", null);
            assertEquals(4, servers.json().path("num_records").asInt(), servers::toString);
        }
    }

    @Test
    void patchesAndDeletesOfOneRecordEndWithTheRecordGone() throws Exception {
        for (int round = 0; round < 5; round++) {
            state.reset();
            String uuid = uuidOf(client.send("POST", RichState.AWS_KMS, RichState.awsKms(Inventory.VS0)));
            String path = RichState.AWS_KMS + "/" + uuid;
            patchesRacingDeletes(path, i -> Map.of("region", "us-west-" + (i % 2 + 1)));
            assertEquals(404, client.send("GET", path, null).status());
            assertEquals(0, client.send("GET", "/api/security/key-stores?svm.name=" + Inventory.VS0, null).json()
                    .path("num_records").asInt());
            assertTrue(state().path("aws_kms").isEmpty(), () -> "exported after the race: " + state());
        }
    }

    @Test
    void patchesAndDeletesOfOneKeyServerEndConsistent() throws Exception {
        for (int round = 0; round < 5; round++) {
            state.reset();
            String uuid = uuidOf(client.send("POST", RichState.KEY_MANAGERS,
                    RichState.externalKeyManager(null, RichState.SERVER_1, RichState.SERVER_2)));
            String path = RichState.KEY_MANAGERS + "/" + uuid + "/key-servers/" + RichState.SERVER_2;
            patchesRacingDeletes(path, i -> Map.of("timeout", 10 + i));
            Answer servers = client.send("GET", RichState.KEY_MANAGERS + "/" + uuid + "/key-servers", null);
            assertEquals(List.of(RichState.SERVER_1), servers.json().findValuesAsText("server"), servers::toString);
        }
    }

    /**
     * Resets racing creates (the finding: a 500, code 65541, about 2 in 2,000 Azure creates racing a reset): every
     * create answers as it would alone, before or after the reset, never a 5xx.
     */
    @Test
    void resetsDuringWritesNeverAnswer5xx() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<Integer> resets = pool.submit(() -> {
            int count = 0;
            while (writing.get()) {
                assertEquals(200, client.send("POST", "/_mock/reset", null).status());
                count++;
            }
            return count;
        });
        List<Callable<List<Answer>>> writers = new ArrayList<>();
        String[] svms = { Inventory.VS0, Inventory.VS1, null };
        for (int w = 0; w < THREADS - 1; w++) {
            String svm = svms[w % svms.length];
            writers.add(() -> {
                List<Answer> answers = new ArrayList<>();
                for (int i = 0; i < 150; i++) {
                    answers.add(client.send("POST", RichState.AZURE_KEY_VAULTS + "?return_timeout=30",
                            RichState.azureKeyVault(svm)));
                    if (svm != null) {
                        answers.add(client.send("POST", RichState.AWS_KMS, RichState.awsKms(svm)));
                    }
                }
                return answers;
            });
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<List<Answer>> f : pool.invokeAll(writers)) {
            answers.addAll(f.get());
        }
        writing.set(false);
        assertTrue(resets.get() > 0, "no reset ran during the writes");
        answers.forEach(a -> assertTrue(a.status() < 500, a::toString));
        answers.stream().filter(a -> a.status() >= 400).forEach(this::assertDocumentedRefusal);
    }

    /**
     * PATCHes of one record racing DELETEs of it (one thread in four deletes): exactly one DELETE succeeds, every
     * other answer is a success before it or 404 code "4" after it.
     */
    private void patchesRacingDeletes(String path, IntFunction<Map<String, Object>> patch) throws Exception {
        List<Callable<Answer>> writes = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Map<String, Object> body = patch.apply(i);
            writes.add(i % 4 == 0 ? () -> client.send("DELETE", path, null)
                    : () -> client.send("PATCH", path, body));
        }
        List<Answer> answers = all(writes);
        assertEquals(1, answers.stream().filter(a -> "DELETE".equals(a.method()) && a.status() == 200).count(),
                answers::toString);
        answers.stream().filter(a -> a.status() != 200).forEach(a -> assertEquals("4", a.code(), a::toString));
    }

    private List<Answer> all(List<Callable<Answer>> calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.size());
        List<Callable<Answer>> synchronised = calls.stream().<Callable<Answer>>map(c -> () -> {
            start.await(30, TimeUnit.SECONDS);
            return c.call();
        }).toList();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> f : pool.invokeAll(synchronised)) {
            answers.add(f.get());
        }
        answers.forEach(a -> assertTrue(a.status() < 500, a::toString));
        return answers;
    }

    /** A 4xx with a code the operation's page documents (or a common one). */
    private void assertDocumentedRefusal(Answer answer) {
        String path = answer.target().split("\\?")[0];
        SpecOperation op = SPEC.match(answer.method(), path).orElseThrow();
        String code = answer.code();
        assertTrue(answer.status() >= 400 && answer.status() < 500
                && (op.documented(code).isPresent() || SPEC.commonErrors().containsKey(code)), answer::toString);
    }

    private static String uuidOf(Answer created) {
        assertEquals(201, created.status(), created::toString);
        String location = created.headers().get("location").get(0);
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private JsonNode state() {
        return client.send("GET", "/_mock/state", null).json();
    }
}
