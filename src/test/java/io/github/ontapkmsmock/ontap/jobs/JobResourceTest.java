package io.github.ontapkmsmock.ontap.jobs;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.testing.Jobs;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/** Jobs as {@code /api/cluster/jobs/{uuid}} shows them: running, then success or failure with ONTAP's code. */
@QuarkusTest
class JobResourceTest extends OntapTest {

    @Inject
    JobRegistry registry;

    @Test
    void jobIsRunningUntilItsDurationHasPassed() {
        AtomicInteger runs = new AtomicInteger();
        // Long enough that no load on the machine lets it end before it is read; the reset after the test drops it.
        Job job = registry.start("POST /api/test", Optional.empty(),
                new JobPlan(Optional.of(Duration.ofMinutes(10)), Optional.empty()), runs::incrementAndGet);
        api().get(job.href()).then().statusCode(200)
                .body("uuid", equalTo(job.uuid()))
                .body("state", equalTo("running"))
                .body("description", equalTo("POST /api/test"))
                .body("start_time", notNullValue())
                .body("end_time", nullValue())
                .body("_links.self.href", equalTo(job.href()));
        assertEquals(0, runs.get());
    }

    @Test
    void jobRunsItsWorkOnceAndEndsInSuccess() {
        AtomicInteger runs = new AtomicInteger();
        Job job = registry.start("POST /api/test", Optional.empty(),
                new JobPlan(Optional.of(Duration.ofMillis(100)), Optional.empty()), runs::incrementAndGet);
        var done = Jobs.awaitJob(job.href());
        assertEquals("success", done.getString("state"));
        assertEquals(0, done.getInt("code"));
        assertEquals(1, runs.get());
        api().get(job.href()).then().body("end_time", notNullValue()).body("message", equalTo("success"));
    }

    @Test
    void workThatRaisesAnOntapErrorEndsInFailureWithItsCode() {
        Job job = registry.start("POST /api/test", Optional.empty(), JobPlan.DEFAULT, () -> {
            throw OntapException.documented("65537926").withMessage("AWS KMS is not configured for the given SVM.");
        });
        api().get(job.href()).then().statusCode(200)
                .body("state", equalTo("failure"))
                .body("code", equalTo(65537926))
                .body("message", equalTo("AWS KMS is not configured for the given SVM."));
    }

    @Test
    void resetForgetsJobs() {
        Job job = registry.start("POST /api/test", Optional.empty(), JobPlan.DEFAULT, () -> { });
        state.reset();
        api().get(job.href()).then().statusCode(404);
    }
}
