package io.github.ontapkmsmock.keymanager;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.ontapkmsmock.ontap.state.RecordStore;

/**
 * The onboard and external key managers, with their key servers inside; the rules are {@link KeyManagerService}'s
 * and {@link KeyServerService}'s.
 */
@ApplicationScoped
public class KeyManagerStore extends RecordStore<KeyManagerRecord> {

    public KeyManagerStore() {
        super(KeyManagerRecord::uuid);
    }

    /** The SVM's enabled key manager of this family; inactive configurations are not the SVM's key manager. */
    public Optional<KeyManagerRecord> bySvm(String svmUuid) {
        return stream().filter(k -> k.enabled() && k.svmUuid().equals(svmUuid)).findFirst();
    }
}
