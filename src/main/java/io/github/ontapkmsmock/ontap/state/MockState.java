package io.github.ontapkmsmock.ontap.state;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The one path that clears state, of the current {@link Cluster}: the control API's reset and the tests' set-up both
 * call it.
 */
@ApplicationScoped
public class MockState {

    private final StateLock lock;
    private final Instance<Resettable> resettables;

    @Inject
    public MockState(StateLock lock, @Any Instance<Resettable> resettables) {
        this.lock = lock;
        this.resettables = resettables;
    }

    public void reset() {
        lock.write(() -> resettables.forEach(Resettable::reset));
    }
}
