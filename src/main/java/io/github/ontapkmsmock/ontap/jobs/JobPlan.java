package io.github.ontapkmsmock.ontap.jobs;

import java.time.Duration;
import java.util.Optional;

import io.github.ontapkmsmock.ontap.errors.OntapError;

/** How a job started by this request is to run: its duration, and a documented failure forced on it. */
public record JobPlan(Optional<Duration> duration, Optional<OntapError> failure) {

    public static final JobPlan DEFAULT = new JobPlan(Optional.empty(), Optional.empty());
}
