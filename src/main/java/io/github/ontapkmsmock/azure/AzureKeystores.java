package io.github.ontapkmsmock.azure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.azure.AzureKeyVaultRecord.Scope;
import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.ontap.state.KeystoreFamily;

/** The AKV configurations as keystores of type {@code akv}: enabled or inactive (003:94-163), each switchable. */
@ApplicationScoped
public class AzureKeystores implements KeystoreFamily {

    private final AzureKeyVaultStore store;

    @Inject
    public AzureKeystores(AzureKeyVaultStore store) {
        this.store = store;
    }

    @Override
    public List<Keystore> keystores() {
        return store.all().stream().map(AzureKeystores::keystore).toList();
    }

    @Override
    public List<Keystore> keystoresOf(String svmUuid) {
        return store.lookup("svm.uuid", List.of(svmUuid)).orElseThrow().stream().map(AzureKeystores::keystore).toList();
    }

    @Override
    public Optional<Keystore> keystore(String uuid) {
        return store.find(uuid).map(AzureKeystores::keystore);
    }

    private static Keystore keystore(AzureKeyVaultRecord r) {
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
