package io.github.ontapkmsmock.azure;


import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.ontapkmsmock.ontap.state.RecordStore;

/** The AKV configurations, active and inactive; the rules live in {@link AzureKeyVaultService}. */
@ApplicationScoped
public class AzureKeyVaultStore extends RecordStore<AzureKeyVaultRecord> {

    public AzureKeyVaultStore() {
        super(AzureKeyVaultRecord::uuid,
                Map.of("uuid", AzureKeyVaultRecord::uuid, "svm.uuid", AzureKeyVaultRecord::svmUuid));
    }
}
