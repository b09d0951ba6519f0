package io.github.ontapkmsmock.ontap.state;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The lock over a cluster's in-memory state (each {@link Cluster} has its own; this is the current one's). Every
 * write (check the rules, then change the stores) runs under it, so rules that span families, such as one key
 * manager per SVM, hold under concurrent writers: of two creates for one SVM, one wins. Tenants never wait for each
 * other.
 */
@ApplicationScoped
public class StateLock {

    public <T> T write(Supplier<T> action) {
        ReentrantReadWriteLock lock = CurrentCluster.get().lock();
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void write(Runnable action) {
        write(() -> {
            action.run();
            return null;
        });
    }

    public <T> T read(Supplier<T> action) {
        ReentrantReadWriteLock lock = CurrentCluster.get().lock();
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
