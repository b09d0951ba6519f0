package io.github.ontapkmsmock.keymanagerconfig;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.ontapkmsmock.ontap.state.Resettable;

/** The cluster's one key manager configuration; the rules live in {@link KeyManagerConfigService}. */
@ApplicationScoped
public class KeyManagerConfigStore implements Resettable {

    private KeyManagerConfigRecord record = KeyManagerConfigRecord.initial();

    public synchronized KeyManagerConfigRecord get() {
        return record;
    }

    public synchronized void put(KeyManagerConfigRecord newRecord) {
        record = newRecord;
    }

    @Override
    public synchronized void reset() {
        record = KeyManagerConfigRecord.initial();
    }
}
