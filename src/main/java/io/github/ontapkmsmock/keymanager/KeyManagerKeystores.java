package io.github.ontapkmsmock.keymanager;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.keymanager.KeyManagerRecord.Scope;
import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.ontap.state.RecordStore;
import io.github.ontapkmsmock.ontap.state.StoredKeystores;

/**
 * The key managers as keystores: an onboard one is of type {@code okm}, an external one of type {@code kmip}
 * (security_keystore.txt's example lists both), enabled or inactive, each switchable.
 */
@ApplicationScoped
public class KeyManagerKeystores implements StoredKeystores<KeyManagerRecord> {

    private final KeyManagerStore store;
    private final KeyManagerService service;

    @Inject
    public KeyManagerKeystores(KeyManagerStore store, KeyManagerService service) {
        this.store = store;
        this.service = service;
    }

    @Override
    public RecordStore<KeyManagerRecord> store() {
        return store;
    }

    @Override
    public Keystore asKeystore(KeyManagerRecord k) {
        return new Keystore(k.uuid(), k.isOnboard() ? Keystore.Type.okm : Keystore.Type.kmip, k.svmUuid(),
                k.scope() == Scope.CLUSTER, k.configuration().name(), k.enabled(),
                KeyManagerMapper.keyManagerHref(k.uuid()), true);
    }

    /** Enabling is the service's (the SVM must have no other enabled key manager by then); disabling is a flag. */
    @Override
    public void setEnabled(String uuid, boolean enabled) {
        if (enabled) {
            service.enable(uuid);
            return;
        }
        store.find(uuid).ifPresent(k -> store.put(k.withEnabled(false)));
    }

    @Override
    public void remove(String uuid) {
        store.remove(uuid);
    }

    /** The cluster-wide passphrase of an onboard key manager (key-manager-configs checks it to turn on CC mode). */
    @Override
    public boolean protectedBy(String uuid, String passphrase) {
        return store.find(uuid).filter(KeyManagerRecord::isOnboard)
                .map(k -> k.onboard().passphrase().equals(passphrase)).orElse(false);
    }
}
