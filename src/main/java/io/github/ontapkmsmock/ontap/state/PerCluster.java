package io.github.ontapkmsmock.ontap.state;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A stateful bean's data, one per {@link Cluster}: the bean keeps one of these instead of its fields, and reads it
 * for the cluster the request (or job) runs in ({@link CurrentCluster}). Made on first use from {@code create}, which
 * is the data's seeded start.
 */
public final class PerCluster<T> {

    private final Supplier<T> create;

    public PerCluster(Supplier<T> create) {
        this.create = create;
    }

    /** The data of the current cluster. */
    public T get() {
        return in(CurrentCluster.get());
    }

    public T in(Cluster cluster) {
        return cluster.part(this, create);
    }

    /** The data of the cluster if it has been made: what a listing reads without growing an idle tenant. */
    public Optional<T> peek(Cluster cluster) {
        return Optional.ofNullable(cluster.peek(this));
    }
}
