package io.github.ontapkmsmock.ontap.state;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * One lock over all in-memory state. Every write (check the rules, then change the stores) runs under it, so rules
 * that span families, such as one key manager per SVM, hold under concurrent writers: of two creates for one SVM,
 * one wins.
 */
@ApplicationScoped
public class StateLock {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public <T> T write(Supplier<T> action) {
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
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
