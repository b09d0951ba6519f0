package io.github.ontapkmsmock.azure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.ontapkmsmock.ontap.state.KeyManagerHolder;
import io.github.ontapkmsmock.ontap.state.Resettable;

/** The AKV configurations, in creation order. Dumb: callers hold the state lock and apply the rules. */
@ApplicationScoped
public class AzureKeyVaultStore implements Resettable, KeyManagerHolder {

    private final Map<String, AzureKeyVaultRecord> records = new LinkedHashMap<>();

    public List<AzureKeyVaultRecord> all() {
        return List.copyOf(records.values());
    }

    public Optional<AzureKeyVaultRecord> find(String uuid) {
        return Optional.ofNullable(records.get(uuid));
    }

    public void put(AzureKeyVaultRecord record) {
        records.put(record.uuid(), record);
    }

    public void remove(String uuid) {
        records.remove(uuid);
    }

    /** Only an enabled configuration is the SVM's key manager; inactive ones are not. */
    @Override
    public Optional<String> keyManagerOf(String svmUuid) {
        return records.values().stream().filter(r -> r.enabled() && r.svmUuid().equals(svmUuid))
                .map(AzureKeyVaultRecord::uuid).findFirst();
    }

    @Override
    public void reset() {
        records.clear();
    }
}
