package io.github.ontapkmsmock.ontap.jobs;

import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.api.JobsApi;
import io.github.ontapkmsmock.inventory.InventoryModels;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.query.OntapQuery;

/** {@code GET /api/cluster/jobs/{uuid}}: the jobs asynchronous operations started. */
public class JobResource implements JobsApi {

    private final JobRegistry registry;
    private final OntapQuery query;

    @Inject
    public JobResource(JobRegistry registry, OntapQuery query) {
        this.registry = registry;
        this.query = query;
    }

    @Override
    public Response jobGet(String uuid, List<String> fields, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        Job job = registry.find(uuid).orElseThrow(() -> CommonErrors.notFound("uuid"));
        return query.record(toModel(job));
    }

    static io.github.ontapkmsmock.model.Job toModel(Job job) {
        io.github.ontapkmsmock.model.Job model = new io.github.ontapkmsmock.model.Job()
                .uuid(job.uuid())
                .description(job.description())
                .state(io.github.ontapkmsmock.model.Job.StateEnum.fromValue(job.state().name()))
                .message(job.message())
                .code(job.code())
                .startTime(job.startTime().atOffset(ZoneOffset.UTC))
                .links(InventoryModels.self(job.href()));
        job.endTime().ifPresent(t -> model.endTime(t.atOffset(ZoneOffset.UTC)));
        return model;
    }
}
