package io.github.ontapkmsmock.ontap.state;

import java.time.Instant;
import java.util.function.Supplier;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The cluster the running code acts on. A request's is bound to its Vert.x duplicated context, which follows the
 * request to whatever thread serves it (event loop or worker); a job's completion runs {@link #in} the cluster it
 * started in; anything else (start-up, tests calling beans directly) acts on the default cluster.
 */
public final class CurrentCluster {

    private static final String LOCAL = "ontap-mock.cluster";
    private static final ThreadLocal<Cluster> RUNNING = new ThreadLocal<>();
    /** Replaced by {@link Clusters} when the application starts; this one serves code run without it. */
    private static volatile Cluster fallback = new Cluster(Clusters.DEFAULT, Instant.now());

    private CurrentCluster() {
    }

    public static Cluster get() {
        Cluster running = RUNNING.get();
        if (running != null) {
            return running;
        }
        Context context = Vertx.currentContext();
        if (context != null && VertxContext.isDuplicatedContext(context)) {
            Cluster bound = context.getLocal(LOCAL);
            if (bound != null) {
                return bound;
            }
        }
        return fallback;
    }

    /** Binds the cluster to the request being served (its duplicated context). */
    static void bind(Cluster cluster) {
        Context context = Vertx.currentContext();
        if (context == null || !VertxContext.isDuplicatedContext(context)) {
            throw new IllegalStateException("a cluster is bound to a request's duplicated context");
        }
        context.putLocal(LOCAL, cluster);
    }

    /** Runs the action in the cluster, on this thread. */
    public static <T> T in(Cluster cluster, Supplier<T> action) {
        Cluster before = RUNNING.get();
        RUNNING.set(cluster);
        try {
            return action.get();
        } finally {
            if (before == null) {
                RUNNING.remove();
            } else {
                RUNNING.set(before);
            }
        }
    }

    public static void in(Cluster cluster, Runnable action) {
        in(cluster, () -> {
            action.run();
            return null;
        });
    }

    static void defaultCluster(Cluster cluster) {
        fallback = cluster;
    }
}
