package io.github.ontapkmsmock.ontap.jobs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.Secrets;
import io.github.ontapkmsmock.testing.SmallLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The cluster keeps at most {@code ontap-mock.jobs.max} jobs (issue 11: 20,000 finished jobs were kept for an hour):
 * the oldest finished job goes first, a running job never; when every kept job runs, a new one is refused.
 */
@QuarkusTest
@TestProfile(SmallLimits.class)
class JobLimitTest extends OntapTest {

    private static final JobPlan LONG = new JobPlan(Optional.of(Duration.ofMinutes(5)), Optional.empty());

    @Inject
    JobRegistry registry;

    @Test
    void oldestFinishedJobGoesFirstWhenTheLimitIsReached() {
        Job running = registry.start("POST /api/test", Optional.empty(), LONG, () -> { });
        List<Job> finished = new ArrayList<>();
        for (int i = 0; i < SmallLimits.MAX_JOBS + 1; i++) {
            finished.add(registry.start("POST /api/test/" + i, Optional.empty(), JobPlan.DEFAULT, () -> { }));
        }
        api().get(finished.get(0).href()).then().statusCode(404);
        api().get(finished.get(1).href()).then().statusCode(404);
        api().get(finished.get(2).href()).then().statusCode(200).body("state", equalTo("success"));
        api().get(finished.get(3).href()).then().statusCode(200).body("state", equalTo("success"));
        api().get(running.href()).then().statusCode(200).body("state", equalTo("running"));
    }

    @Test
    void newJobIsRefusedWhenEveryKeptJobIsRunningAndNothingChanges() {
        List<Job> running = new ArrayList<>();
        for (int i = 0; i < SmallLimits.MAX_JOBS; i++) {
            running.add(registry.start("POST /api/test/" + i, Optional.empty(), LONG, () -> { }));
        }
        api().body(Map.of("client_id", "c", "tenant_id", "t", "name", "https://v.vault.azure.net/", "key_id",
                "https://v.vault.azure.net/keys/k/a8e619fd8f234db3b0b95c59540e2a74", "client_secret",
                Secrets.secret("akv"))).post("/api/security/azure-key-vaults").then()
                .statusCode(503)
                .body("error.code", equalTo("8"))
                .body("error.message", startsWith(MockErrors.PREFIX))
                .body("error.message", containsString("ontap-mock.jobs.max"));
        api().get("/api/security/azure-key-vaults").then().body("num_records", equalTo(0));
        running.forEach(job -> api().get(job.href()).then().statusCode(200).body("state", equalTo("running")));
    }
}
