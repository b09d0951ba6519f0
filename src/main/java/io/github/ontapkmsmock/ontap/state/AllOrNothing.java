package io.github.ontapkmsmock.ontap.state;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Runs changes that span several records as one: under the {@link StateLock}, and when any of them fails every
 * {@link RecordStore} goes back to what it held before, so a refusal leaves the state exactly as it was (a
 * query-based PATCH or DELETE without {@code continue_on_failure}).
 */
@ApplicationScoped
public class AllOrNothing {

    private final StateLock lock;
    private final Instance<Resettable> state;

    @Inject
    public AllOrNothing(StateLock lock, @Any Instance<Resettable> state) {
        this.lock = lock;
        this.state = state;
    }

    public void run(Runnable changes) {
        lock.write(() -> {
            List<Runnable> restore = state.stream().filter(RecordStore.class::isInstance)
                    .map(s -> ((RecordStore<?>) s).checkpoint()).toList();
            try {
                changes.run();
            } catch (RuntimeException e) {
                restore.forEach(Runnable::run);
                throw e;
            }
        });
    }
}
