package io.github.ontapkmsmock.azure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.azure.AzureKeyVaultRecord.AuthenticationMethod;
import io.github.ontapkmsmock.azure.AzureKeyVaultRecord.Scope;
import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.state.SnapshotJson;
import io.github.ontapkmsmock.ontap.state.StateSnapshot;

/**
 * The {@code azure_key_vaults} section of the state document: the stored configurations (enabled and inactive),
 * without {@code client_secret}, {@code client_certificate} and the proxy password; the credentials say which of
 * the two the configuration authenticates with ({@code authentication_method}), so that an imported configuration
 * without its secret keeps a placeholder of the right kind.
 */
@ApplicationScoped
public class AzureKeyVaultSnapshot implements StateSnapshot {

    private static final String METHOD = "authentication_method";
    private static final Set<String> SECRETS = Set.of("credentials.client_secret", "credentials.client_certificate",
            "proxy.password");

    private final AzureKeyVaultStore store;
    private final Inventory inventory;
    private final SnapshotJson json;

    @Inject
    public AzureKeyVaultSnapshot(AzureKeyVaultStore store, Inventory inventory, SnapshotJson json) {
        this.store = store;
        this.inventory = inventory;
        this.json = json;
    }

    @Override
    public String section() {
        return "azure_key_vaults";
    }

    @Override
    public JsonNode export() {
        ArrayNode records = json.array();
        for (AzureKeyVaultRecord r : store.all()) {
            ObjectNode record = json.write(r, SECRETS);
            ((ObjectNode) record.get("credentials")).put(METHOD, r.credentials().method().name());
            records.add(record);
        }
        return records;
    }

    @Override
    public Restore restore(JsonNode section) {
        List<AzureKeyVaultRecord> records = new ArrayList<>();
        List<ObjectNode> entries = SnapshotJson.entries(section, section());
        for (int i = 0; i < entries.size(); i++) {
            String at = section() + "[" + i + "]";
            ObjectNode entry = entries.get(i).deepCopy();
            if (entry.get("credentials") instanceof ObjectNode credentials) {
                String method = credentials.path(METHOD).asText(AuthenticationMethod.client_secret.name());
                credentials.remove(METHOD);
                if (!credentials.hasNonNull("client_secret") && !credentials.hasNonNull("client_certificate")) {
                    credentials.put(AuthenticationMethod.certificate.name().equals(method) ? "client_certificate"
                            : "client_secret", SnapshotJson.SECRET_PLACEHOLDER);
                }
            }
            AzureKeyVaultRecord record = json.read(entry, AzureKeyVaultRecord.class, at);
            if (record.uuid() == null || record.name() == null || record.keyId() == null
                    || record.credentials() == null || record.connection() == null || record.proxy() == null
                    || record.configuration() == null || record.scope() == null) {
                throw MockErrors.refused(at, "a required property of the record is missing.");
            }
            SvmEntry svm = inventory.svmByUuid(record.svmUuid()).orElseThrow(() -> MockErrors.refused(
                    at + ".svm_uuid", "not an SVM of the inventory."));
            if (svm.admin() != (record.scope() == Scope.cluster)) {
                throw MockErrors.refused(at + ".scope", "the cluster scope belongs to the admin SVM, the svm scope to a data SVM.");
            }
            if (records.stream().anyMatch(r -> r.uuid().equals(record.uuid()))) {
                throw MockErrors.refused(at + ".uuid", "two records have this UUID.");
            }
            records.add(record);
        }
        return new Restore(() -> {
            store.reset();
            records.forEach(store::put);
        }, records.stream().filter(AzureKeyVaultRecord::enabled).map(AzureKeyVaultRecord::svmUuid).toList());
    }
}
