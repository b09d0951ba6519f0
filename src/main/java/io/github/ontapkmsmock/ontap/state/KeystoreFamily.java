package io.github.ontapkmsmock.ontap.state;

import java.util.List;
import java.util.Optional;

/**
 * A family whose configurations are keystores (AWS KMS, Azure Key Vault, onboard or external key managers): it
 * lists them and lets {@code /api/security/key-stores} switch and delete them, so that the key-stores view knows no
 * family. Every method is called under the {@link StateLock}; the write methods under its write lock.
 */
public interface KeystoreFamily {

    /** Every configuration the family holds, enabled or inactive, in creation order. */
    List<Keystore> keystores();

    /**
     * The configurations of one SVM (the admin SVM's for those of cluster scope), in creation order. A family whose
     * store indexes its records by SVM answers without reading the others.
     */
    default List<Keystore> keystoresOf(String svmUuid) {
        return keystores().stream().filter(k -> k.svmUuid().equals(svmUuid)).toList();
    }

    /** One configuration by its UUID; a family answers from its store's key. */
    default Optional<Keystore> keystore(String uuid) {
        return keystores().stream().filter(k -> k.uuid().equals(uuid)).findFirst();
    }

    /**
     * Makes one of the family's configurations enabled or inactive, nothing else. Only called for a configuration
     * whose {@link Keystore#canBeInactive()} allows the change; the caller keeps one enabled per SVM.
     */
    void setEnabled(String uuid, boolean enabled);

    /** Removes one of the family's inactive configurations. */
    void remove(String uuid);

    /** Whether the passphrase is the one protecting the configuration (only an onboard key manager has one). */
    default boolean protectedBy(String uuid, String passphrase) {
        return false;
    }
}
