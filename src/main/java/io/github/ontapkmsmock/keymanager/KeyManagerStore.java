package io.github.ontapkmsmock.keymanager;


import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.ontapkmsmock.ontap.state.RecordStore;

/**
 * The onboard and external key managers, with their key servers inside; the rules are {@link KeyManagerService}'s
 * and {@link KeyServerService}'s.
 */
@ApplicationScoped
public class KeyManagerStore extends RecordStore<KeyManagerRecord> {

    public KeyManagerStore() {
        super(KeyManagerRecord::uuid, Map.of("uuid", KeyManagerRecord::uuid, "svm.uuid", KeyManagerRecord::svmUuid));
    }
}
