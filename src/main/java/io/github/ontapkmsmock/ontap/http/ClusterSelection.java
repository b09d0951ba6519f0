package io.github.ontapkmsmock.ontap.http;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.http.BasicAuthentication.Decision;
import io.github.ontapkmsmock.ontap.state.Cluster;
import io.github.ontapkmsmock.ontap.state.Clusters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Picks the cluster a request to {@code /api} or {@code /_mock} acts on, once, before anything reads state: the one
 * named by the {@code X-Mock-Cluster} header or by the user name {@code <user>@<cluster>}, else the default cluster.
 * The cluster is bound to the request's Vert.x duplicated context, which follows the request to every thread that
 * serves it. A tenant is made on first use, only for a request whose credentials are valid.
 */
@ApplicationScoped
public class ClusterSelection {

    /** The header that names the request's cluster (a tenant, or {@code default}). */
    public static final String HEADER = "X-Mock-Cluster";
    /** After the URI checks ({@link OntapHttpLayer}), before the journal and the fault rules. */
    static final int ROUTE_ORDER = OntapHttpLayer.ROUTE_ORDER + 500;
    private static final String CLUSTER = "ontap-mock.cluster";

    private final Clusters clusters;
    private final BasicAuthentication authentication;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public ClusterSelection(Clusters clusters, BasicAuthentication authentication) {
        this.clusters = clusters;
        this.authentication = authentication;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(ROUTE_ORDER).handler(this::handle);
        router.route("/_mock/*").order(ROUTE_ORDER).handler(this::handle);
    }

    /**
     * The cluster the request acts on; empty for a request whose credentials are refused and that names a tenant
     * not made yet (it is answered 401 and acts on nothing).
     */
    public static Optional<Cluster> of(RoutingContext ctx) {
        return Optional.ofNullable(ctx.get(CLUSTER));
    }

    void handle(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        Optional<String> name;
        Cluster cluster;
        try {
            name = named(ctx.request().getHeader(HEADER), authorization);
            if (name.isPresent() && clusters.find(name.get()).isEmpty() && !authenticated(ctx, authorization)) {
                ctx.next(); // answered 401 by the REST layer: no cluster is made for it
                return;
            }
            cluster = clusters.enter(name);
        } catch (OntapException e) {
            OntapHttpLayer.answer(ctx, e.status().orElse(400), e, e.explicitMessage().orElse(""));
            return;
        }
        ctx.addEndHandler(done -> cluster.leave(clock.instant()));
        ctx.put(CLUSTER, cluster);
        clusters.bind(cluster);
        ctx.next();
    }

    private boolean authenticated(RoutingContext ctx, String authorization) {
        return authentication.decide(ctx.request().method().name(), ctx.normalizedPath(),
                authorization) != Decision.UNAUTHENTICATED;
    }

    /** The cluster the header and the user name give; both given, they must agree. */
    private Optional<String> named(String header, String authorization) {
        Optional<String> byHeader = Optional.ofNullable(header).map(String::strip)
                .map(n -> Clusters.requireValidName(n, HEADER));
        Optional<String> byUser = authentication.clusterNamed(authorization)
                .map(n -> Clusters.requireValidName(n, "user name"));
        if (byHeader.isPresent() && byUser.isPresent() && !byHeader.equals(byUser)) {
            throw MockErrors.combination(HEADER, "the " + HEADER + " header names cluster \"" + byHeader.get()
                    + "\" and the user name cluster \"" + byUser.get() + "\"; name one, or the same in both.");
        }
        return byHeader.or(() -> byUser);
    }
}
