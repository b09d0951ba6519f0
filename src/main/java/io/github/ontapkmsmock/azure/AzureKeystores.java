package io.github.ontapkmsmock.azure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.azure.AzureKeyVaultRecord.Scope;
import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.ontap.state.RecordStore;
import io.github.ontapkmsmock.ontap.state.StoredKeystores;

/** The AKV configurations as keystores of type {@code akv}: enabled or inactive (003:94-163), each switchable. */
@ApplicationScoped
public class AzureKeystores implements StoredKeystores<AzureKeyVaultRecord> {

    private final AzureKeyVaultStore store;

    @Inject
    public AzureKeystores(AzureKeyVaultStore store) {
        this.store = store;
    }

    @Override
    public RecordStore<AzureKeyVaultRecord> store() {
        return store;
    }

    @Override
    public Keystore asKeystore(AzureKeyVaultRecord r) {
        return new Keystore(r.uuid(), Keystore.Type.akv, r.svmUuid(), r.scope() == Scope.cluster,
                r.configuration().name(), r.enabled(), AzureKeyVaultMapper.href(r.uuid()), true);
    }

    @Override
    public void setEnabled(String uuid, boolean enabled) {
        store.find(uuid).ifPresent(r -> store.put(r.withEnabled(enabled)));
    }

    @Override
    public void remove(String uuid) {
        store.remove(uuid);
    }
}
