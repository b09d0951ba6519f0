package io.github.ontapkmsmock.keymanager;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.ontapkmsmock.ontap.state.KeyManagerHolder;
import io.github.ontapkmsmock.ontap.state.Resettable;

/**
 * Stands in for another family (AWS KMS, Azure Key Vault) in tests, so the one-key-manager-per-SVM rule can be proven
 * across families from this package. Empty unless a test configures it; cleared with the rest of the state.
 */
@ApplicationScoped
public class OtherFamilyKeyManagers implements KeyManagerHolder, Resettable {

    private final Map<String, String> bySvm = new HashMap<>();

    public synchronized void configure(String svmUuid, String keyManagerUuid) {
        bySvm.put(svmUuid, keyManagerUuid);
    }

    @Override
    public synchronized Optional<String> keyManagerOf(String svmUuid) {
        return Optional.ofNullable(bySvm.get(svmUuid));
    }

    @Override
    public synchronized void reset() {
        bySvm.clear();
    }
}
