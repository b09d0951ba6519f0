package io.github.ontapkmsmock.control;

import java.time.ZoneOffset;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.control.api.RequestsApi;
import io.github.ontapkmsmock.control.model.JournalEntry;
import io.github.ontapkmsmock.control.model.JournalResponse;

/** {@code /_mock/requests}: the journal of received ONTAP requests. */
public class RequestsResource implements RequestsApi {

    private final RequestJournal journal;

    @Inject
    public RequestsResource(RequestJournal journal) {
        this.journal = journal;
    }

    @Override
    public Response requestsGet(String xMockCluster) {
        var records = journal.entries().stream().map(RequestsResource::toModel).toList();
        return Response.ok(new JournalResponse().records(records).numRecords(records.size())).build();
    }

    @Override
    public Response requestsDelete(String xMockCluster) {
        journal.reset();
        return Response.ok().build();
    }

    private static JournalEntry toModel(RequestJournal.Entry e) {
        return new JournalEntry().time(e.time().atOffset(ZoneOffset.UTC)).method(e.method()).path(e.path())
                .query(e.query()).status(e.status().orElse(null)).operationId(e.operationId().orElse(null))
                .fault(e.faults().isEmpty() ? null : String.join(", ", e.faults())).durationMs(e.durationMs())
                .body(e.body().orElse(null));
    }
}
