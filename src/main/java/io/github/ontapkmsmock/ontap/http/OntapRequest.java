package io.github.ontapkmsmock.ontap.http;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.github.ontapkmsmock.ontap.jobs.JobPlan;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;

/**
 * What the mock knows about the request being served: the spec operation it addresses, and how a job it starts is
 * to run.
 */
@RequestScoped
public class OntapRequest {

    private SpecOperation operation;
    private JobPlan jobPlan = JobPlan.DEFAULT;

    public Optional<SpecOperation> operation() {
        return Optional.ofNullable(operation);
    }

    public void operation(SpecOperation op) {
        this.operation = op;
    }

    public JobPlan jobPlan() {
        return jobPlan;
    }

    public void jobPlan(JobPlan plan) {
        this.jobPlan = plan;
    }
}
