package io.github.ontapkmsmock.ontap.jobs;

import java.time.Duration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.http.OntapRequest;
import io.github.ontapkmsmock.ontap.query.OntapQuery;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;

/**
 * Runs the work of an asynchronous operation as a job and answers as ONTAP does: 202 with the job link, unless
 * {@code return_timeout} lets the job finish first; then the operation's own status with the job link, or the job's
 * error if it failed.
 */
@RequestScoped
public class Jobs {

    private final JobRegistry registry;
    private final OntapRequest request;
    private final EmulatedVersion version;

    @Inject
    public Jobs(JobRegistry registry, OntapRequest request, EmulatedVersion version) {
        this.registry = registry;
        this.request = request;
        this.version = version;
    }

    /** Whether the operation being served answers with a job in the emulated release (the spec says from when). */
    public boolean answersWithJob() {
        return request.operation().map(version::answersWithJob).orElse(false);
    }

    /**
     * @param returnTimeout  seconds the client is willing to wait (null: ONTAP's default of 0)
     * @param finishedStatus what the operation answers when the job finishes in time (200 or 201)
     */
    public Response run(String description, Integer returnTimeout, int finishedStatus, Runnable work) {
        Job job = registry.start(description, request.operation(), request.jobPlan(), work);
        int wait = returnTimeout == null ? 0 : returnTimeout;
        Job seen = registry.await(job, Duration.ofSeconds(wait));
        if (wait > 0 && seen.finished()) {
            if (seen.state() == Job.State.failure) {
                throw OntapException.documented(String.valueOf(seen.code())).withMessage(seen.message());
            }
            return Response.status(finishedStatus).entity(jobLink(seen)).build();
        }
        return Response.accepted(jobLink(seen)).build();
    }

    public static ObjectNode jobLink(Job job) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode link = body.putObject("job");
        link.put("uuid", job.uuid());
        link.putObject("_links").set("self", OntapQuery.href(job.href()));
        return body;
    }
}
