package io.github.ontapkmsmock.keymanagerconfig;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.ontapkmsmock.ontap.state.PerCluster;
import io.github.ontapkmsmock.ontap.state.Resettable;

/** Each cluster's one key manager configuration; the rules live in {@link KeyManagerConfigService}. */
@ApplicationScoped
public class KeyManagerConfigStore implements Resettable {

    /** Each cluster's configuration. */
    private final PerCluster<AtomicReference<KeyManagerConfigRecord>> record = new PerCluster<>(
            () -> new AtomicReference<>(KeyManagerConfigRecord.initial()));

    public KeyManagerConfigRecord get() {
        return record.get().get();
    }

    public void put(KeyManagerConfigRecord newRecord) {
        record.get().set(newRecord);
    }

    @Override
    public void reset() {
        record.get().set(KeyManagerConfigRecord.initial());
    }
}
