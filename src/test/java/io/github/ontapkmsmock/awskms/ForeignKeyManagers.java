package io.github.ontapkmsmock.awskms;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.ontapkmsmock.ontap.state.KeyManagerHolder;
import io.github.ontapkmsmock.ontap.state.Resettable;

/**
 * Stands in, in tests, for a key manager of another family (Azure Key Vault, onboard, external KMIP), so the
 * one-key-manager-per-SVM rule can be tested across families from this package. Empty after every reset.
 */
@ApplicationScoped
public class ForeignKeyManagers implements KeyManagerHolder, Resettable {

    private final Set<String> svms = new HashSet<>();

    public synchronized void configure(String svmUuid) {
        svms.add(svmUuid);
    }

    @Override
    public synchronized Optional<String> keyManagerOf(String svmUuid) {
        return svms.contains(svmUuid) ? Optional.of("foreign-" + svmUuid) : Optional.empty();
    }

    @Override
    public synchronized void reset() {
        svms.clear();
    }
}
