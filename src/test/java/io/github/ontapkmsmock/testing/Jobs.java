package io.github.ontapkmsmock.testing;

import java.time.Duration;
import java.time.Instant;

import io.restassured.path.json.JsonPath;

/** Polls a job as an ONTAP client does, until it ends (bounded). */
public final class Jobs {

    private Jobs() {
    }

    /** Polls {@code /api/cluster/jobs/{uuid}} until the job is {@code success} or {@code failure}; its last state. */
    public static JsonPath awaitJob(String jobHref) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            JsonPath job = OntapTest.api().get(jobHref).then().statusCode(200)
                    .extract().jsonPath();
            String state = job.getString("state");
            if ("success".equals(state) || "failure".equals(state) || Instant.now().isAfter(deadline)) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }
}
