package io.github.ontapkmsmock.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Polls a job as an ONTAP client does, until it ends (bounded: 30 s). */
public final class Jobs {

    private Jobs() {
    }

    /** Polls {@code /api/cluster/jobs/{uuid}} until the job is {@code success} or {@code failure}; its last state. */
    public static JsonPath awaitJob(String jobHref) {
        return awaitJob(OntapTest::api, jobHref);
    }

    /** The same through the given client (e.g. {@code OntapTest::https}). */
    public static JsonPath awaitJob(Supplier<RequestSpecification> client, String jobHref) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            JsonPath job = client.get().get(jobHref).then().statusCode(200).extract().jsonPath();
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
