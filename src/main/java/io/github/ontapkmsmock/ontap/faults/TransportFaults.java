package io.github.ontapkmsmock.ontap.faults;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.github.ontapkmsmock.ontap.http.BasicAuthentication;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;
import io.netty.channel.ChannelOption;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Picks the fault rule that fires for each ONTAP request, on the Vert.x router before the REST layer sees the
 * request, and carries out connection faults there: the client then gets no HTTP answer at all (a reset, an empty
 * response, or a timeout). Other rules are handed to {@link FaultFilter} through the {@link FaultContext}.
 * Rules fire before the REST layer, but only for requests the cluster would admit (valid credentials, a role that
 * allows the method).
 */
@ApplicationScoped
public class TransportFaults {

    /** Before the REST layer, after the journal ({@code control.JournalRecorder}) so that it records the fault. */
    public static final int ROUTE_ORDER = -1_000;

    private static final Logger LOG = Logger.getLogger(TransportFaults.class);

    private final FaultRules rules;
    private final OntapSpec spec;
    private final EmulatedVersion version;
    private final Vertx vertx;
    private final BasicAuthentication authentication;

    @Inject
    public TransportFaults(FaultRules rules, OntapSpec spec, EmulatedVersion version, Vertx vertx,
            BasicAuthentication authentication) {
        this.rules = rules;
        this.spec = spec;
        this.version = version;
        this.vertx = vertx;
        this.authentication = authentication;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(ROUTE_ORDER).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        String method = ctx.request().method().name();
        String path = ctx.normalizedPath();
        Optional<SpecOperation> operation = spec.match(method, path).filter(op -> version.has(op.introduced()));
        operation.ifPresent(op -> FaultContext.operationId(ctx, op.operationId()));
        // A request the cluster refuses for its credentials or its user's role (401, 403) never reaches an
        // operation: no rule fires or counts, as on a cluster the role is checked before the command runs.
        boolean admitted = authentication.admits(method, path, ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
        Optional<FaultRule> fired = operation.filter(op -> admitted).flatMap(op -> rules.fire(method, path, op));
        if (fired.isEmpty()) {
            ctx.next();
            return;
        }
        FaultRule rule = fired.get();
        FaultContext.firedRule(ctx, rule);
        if (rule.connection().isEmpty()) {
            ctx.next();
            return;
        }
        FaultContext.applied(ctx, rule.describe());
        FaultContext.markTransportFault(ctx);
        long delay = rule.delay().map(d -> d.toMillis()).orElse(0L);
        if (delay > 0) {
            vertx.setTimer(delay, id -> fail(ctx, rule));
        } else {
            fail(ctx, rule);
        }
    }

    private void fail(RoutingContext ctx, FaultRule rule) {
        HttpConnection connection = ctx.request().connection();
        switch (rule.connection().orElseThrow()) {
            case reset -> reset(ctx, connection);
            case empty_response -> close(ctx, connection);
            case timeout -> vertx.setTimer(rule.timeoutOrDefault().toMillis(), id -> close(ctx, connection));
        }
    }

    /** A TCP reset: with SO_LINGER 0, closing the socket sends RST instead of FIN (HTTP/2: the stream is reset). */
    private static void reset(RoutingContext ctx, HttpConnection connection) {
        if (ctx.request().version() == HttpVersion.HTTP_2) {
            ctx.response().reset();
            return;
        }
        if (connection instanceof ConnectionBase base) {
            try {
                base.channel().config().setOption(ChannelOption.SO_LINGER, 0);
            } catch (RuntimeException e) {
                LOG.debugf("cannot set SO_LINGER for a reset: %s", e.getMessage());
            }
        }
        connection.close();
    }

    private static void close(RoutingContext ctx, HttpConnection connection) {
        if (ctx.request().version() == HttpVersion.HTTP_2) {
            ctx.response().reset();
        } else {
            connection.close();
        }
    }
}
