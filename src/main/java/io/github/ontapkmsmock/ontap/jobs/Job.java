package io.github.ontapkmsmock.ontap.jobs;

import java.time.Instant;
import java.util.Optional;

/** An ONTAP asynchronous job as {@code /api/cluster/jobs/{uuid}} shows it. Replaced, never mutated. */
public record Job(String uuid, String description, State state, String message, int code, Instant startTime,
        Optional<Instant> endTime) {

    public enum State {
        queued, running, paused, success, failure
    }

    public boolean finished() {
        return state == State.success || state == State.failure;
    }

    Job succeeded(Instant at) {
        return new Job(uuid, description, State.success, "success", 0, startTime, Optional.of(at));
    }

    Job failed(String failureMessage, int failureCode, Instant at) {
        return new Job(uuid, description, State.failure, failureMessage, failureCode, startTime, Optional.of(at));
    }

    public String href() {
        return "/api/cluster/jobs/" + uuid;
    }
}
