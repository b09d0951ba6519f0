package io.github.ontapkmsmock.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.ontapkmsmock.ontap.faults.FaultContext;
import io.github.ontapkmsmock.ontap.faults.TransportFaults;
import io.github.ontapkmsmock.ontap.http.ClusterSelection;
import io.github.ontapkmsmock.ontap.state.Cluster;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes every ONTAP request into the {@link RequestJournal} of its cluster when its exchange ends, on the Vert.x router so that
 * requests failed at the transport level are recorded too.
 */
@ApplicationScoped
public class JournalRecorder {

    static final int ROUTE_ORDER = TransportFaults.ROUTE_ORDER - 100;
    private static final String BODY = "ontap-mock.journal-body";

    private final RequestJournal journal;
    private final JournalMask mask;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public JournalRecorder(RequestJournal journal, JournalMask mask) {
        this.journal = journal;
        this.mask = mask;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(ROUTE_ORDER).handler(this::record);
    }

    /** The body of the request, as the mock read it, secrets masked ({@link JournalBodyCapture}). */
    static void body(RoutingContext ctx, JsonNode masked) {
        ctx.put(BODY, masked);
    }

    /** ONTAP requests the current cluster received since it was made. */
    long received() {
        return journal.received();
    }

    void record(RoutingContext ctx) {
        // A refused request that names a tenant not made yet belongs to no cluster: it is recorded nowhere.
        Optional<Cluster> cluster = ClusterSelection.of(ctx);
        if (cluster.isEmpty()) {
            ctx.next();
            return;
        }
        journal.received(cluster.get());
        Instant received = clock.instant();
        long start = System.nanoTime();
        String method = ctx.request().method().name();
        String path = ctx.normalizedPath();
        String query = mask.query(ctx.request().query());
        ctx.addEndHandler(done -> {
            boolean answered = !FaultContext.transportFault(ctx) && ctx.response().headWritten();
            journal.add(cluster.get(), new RequestJournal.Entry(received, method, path, query,
                    answered ? Optional.of(ctx.response().getStatusCode()) : Optional.empty(),
                    FaultContext.operationId(ctx), FaultContext.applied(ctx), (System.nanoTime() - start) / 1_000_000,
                    Optional.ofNullable(ctx.get(BODY))));
        });
        ctx.next();
    }
}
