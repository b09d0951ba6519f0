package io.github.ontapkmsmock.ontap.state;

import java.util.Optional;

/**
 * A family that configures key managers (AWS KMS, Azure Key Vault, onboard or external KMIP). ONTAP allows one key
 * manager per SVM across all of them; cluster-scoped ones belong to the admin SVM.
 */
public interface KeyManagerHolder {

    /** The UUID of the enabled key manager this family has configured for the SVM, if any. */
    Optional<String> keyManagerOf(String svmUuid);
}
