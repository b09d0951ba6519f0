package io.github.ontapkmsmock.azure;

import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.azure.AzureKeyVaultRecord.AuthenticationMethod;
import io.github.ontapkmsmock.azure.AzureKeyVaultRecord.Scope;
import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.model.AzureKeyVault;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.state.SnapshotJson;
import io.github.ontapkmsmock.ontap.state.StateSnapshot.Configuration;
import io.github.ontapkmsmock.ontap.state.RecordSnapshot;

/**
 * The {@code azure_key_vaults} section of the state document: the stored configurations (enabled and inactive),
 * without {@code client_secret}, {@code client_certificate} and the proxy password; the credentials say which of
 * the two the configuration authenticates with ({@code authentication_method}), so that an imported configuration
 * without its secret keeps a placeholder of the right kind.
 */
@Singleton
public class AzureKeyVaultSnapshot extends RecordSnapshot<AzureKeyVaultRecord> {

    private static final String METHOD = "authentication_method";

    private final Inventory inventory;
    private final AzureKeyVaultMapper mapper;

    @Inject
    public AzureKeyVaultSnapshot(AzureKeyVaultStore store, Inventory inventory, SnapshotJson json,
            AzureKeyVaultMapper mapper) {
        super(store, json, AzureKeyVaultRecord.class, Set.of("credentials.client_secret",
                "credentials.client_certificate", "proxy.password"), AzureKeyVaultRecord::uuid);
        this.inventory = inventory;
        this.mapper = mapper;
    }

    @Override
    public String section() {
        return "azure_key_vaults";
    }

    @Override
    protected ObjectNode exported(ObjectNode written, AzureKeyVaultRecord record) {
        ((ObjectNode) written.get("credentials")).put(METHOD, record.credentials().method().name());
        return written;
    }

    @Override
    protected void prepare(ObjectNode entry, String at) {
        if (entry.get("credentials") instanceof ObjectNode credentials) {
            String method = credentials.path(METHOD).asText(AuthenticationMethod.client_secret.name());
            credentials.remove(METHOD);
            if (!credentials.hasNonNull("client_secret") && !credentials.hasNonNull("client_certificate")) {
                credentials.put(AuthenticationMethod.certificate.name().equals(method) ? "client_certificate"
                        : "client_secret", SnapshotJson.SECRET_PLACEHOLDER);
            }
        }
    }

    @Override
    protected void check(AzureKeyVaultRecord record, String at) {
        if (record.name() == null || record.keyId() == null || record.credentials() == null
                || record.connection() == null || record.proxy() == null || record.configuration() == null
                || record.scope() == null) {
            throw MockErrors.refused(at, "a required property of the record is missing.");
        }
        SvmEntry svm = inventory.svmByUuid(record.svmUuid()).orElseThrow(() -> MockErrors.refused(
                at + ".svm_uuid", "not an SVM of the inventory."));
        if (svm.admin() != (record.scope() == Scope.cluster)) {
            throw MockErrors.refused(at + ".scope",
                    "the cluster scope belongs to the admin SVM, the svm scope to a data SVM.");
        }
        String certificate = record.credentials().clientCertificate();
        if (certificate != null && !certificate.equals(SnapshotJson.SECRET_PLACEHOLDER)) {
            rule(at + ".credentials.client_certificate", () -> AzureKeyVaultService.requireCertificate(certificate));
        }
        json().validate(mapper.toModel(record), at);
        json().validate(AzureKeyVault.class, "clientSecret", record.credentials().clientSecret(), at);
        json().validate(AzureKeyVault.class, "clientCertificate", certificate, at);
        json().validate(AzureKeyVault.class, "proxyPassword", record.proxy().password(), at);
    }

    /** Only an enabled configuration is the SVM's key manager. */
    @Override
    protected Optional<Configuration> configuration(AzureKeyVaultRecord record) {
        return Optional.of(Configuration.of(record.svmUuid(), record.configuration()));
    }
}
