package io.github.ontapkmsmock.ontap.state;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * One emulated cluster: the default one, or a tenant's (see {@link Clusters}). It owns every part of the state,
 * each stateful bean's data ({@link PerCluster}), and the lock they are changed under, so that tenants never share
 * data nor wait for each other.
 */
public final class Cluster {

    private final String name;
    private final Instant created;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Each stateful bean's data, by the bean's {@link PerCluster}; made on first use, so an idle tenant is small. */
    private final Map<Object, Object> parts = new ConcurrentHashMap<>();
    private Instant lastUsed;
    /** Requests being served and jobs running in this cluster: it is not idle while any is. */
    private int active;
    private boolean dropped;

    Cluster(String name, Instant created) {
        this.name = name;
        this.created = created;
        this.lastUsed = created;
    }

    public String name() {
        return name;
    }

    public Instant created() {
        return created;
    }

    public synchronized Instant lastUsed() {
        return lastUsed;
    }

    /** Requests being served and jobs running in it now. */
    public synchronized int active() {
        return active;
    }

    ReentrantReadWriteLock lock() {
        return lock;
    }

    @SuppressWarnings("unchecked")
    <T> T part(Object owner, Supplier<T> create) {
        Object part = parts.get(owner);
        return part != null ? (T) part : (T) parts.computeIfAbsent(owner, o -> create.get());
    }

    @SuppressWarnings("unchecked")
    <T> T peek(Object owner) {
        return (T) parts.get(owner);
    }

    /**
     * Counts a request or a job in; false when the cluster was dropped meanwhile (the caller then finds the
     * cluster of that name again).
     */
    synchronized boolean enter(Instant now) {
        if (dropped) {
            return false;
        }
        active++;
        lastUsed = now;
        return true;
    }

    /** Counts a request or job out: it ended at {@code now}. */
    public synchronized void leave(Instant now) {
        active--;
        lastUsed = now;
    }

    /** Drops the cluster if nothing ran in it since {@code idleSince}, nor runs now; whether it did. */
    synchronized boolean dropIfIdle(Instant idleSince) {
        if (active > 0 || lastUsed.isAfter(idleSince)) {
            return false;
        }
        dropped = true;
        return true;
    }

    synchronized void drop() {
        dropped = true;
    }

    @Override
    public String toString() {
        return "cluster " + name;
    }
}
