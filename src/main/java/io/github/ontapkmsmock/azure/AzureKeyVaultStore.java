package io.github.ontapkmsmock.azure;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.ontapkmsmock.ontap.state.KeyManagerHolder;
import io.github.ontapkmsmock.ontap.state.RecordStore;

/** The AKV configurations, active and inactive; the rules live in {@link AzureKeyVaultService}. */
@ApplicationScoped
public class AzureKeyVaultStore extends RecordStore<AzureKeyVaultRecord> implements KeyManagerHolder {

    public AzureKeyVaultStore() {
        super(AzureKeyVaultRecord::uuid);
    }

    /** Only an enabled configuration is the SVM's key manager; inactive ones are not. */
    @Override
    public Optional<String> keyManagerOf(String svmUuid) {
        return stream().filter(r -> r.enabled() && r.svmUuid().equals(svmUuid)).map(AzureKeyVaultRecord::uuid)
                .findFirst();
    }
}
