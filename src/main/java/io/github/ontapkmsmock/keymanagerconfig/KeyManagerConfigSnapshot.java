package io.github.ontapkmsmock.keymanagerconfig;

import java.util.HashSet;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.state.SnapshotJson;
import io.github.ontapkmsmock.ontap.state.StateSnapshot;

/**
 * The {@code key_manager_config} section of the state document: the one configuration, as an object. Absent, the
 * configuration goes back to its initial values; present, it is read whole (every field, every policy type).
 */
@Singleton
public class KeyManagerConfigSnapshot implements StateSnapshot {

    private final KeyManagerConfigStore store;
    private final SnapshotJson json;

    @Inject
    public KeyManagerConfigSnapshot(KeyManagerConfigStore store, SnapshotJson json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public String section() {
        return "key_manager_config";
    }

    @Override
    public JsonNode export() {
        return json.write(store.get(), Set.of());
    }

    @Override
    public Restore restore(JsonNode section) {
        if (section.isMissingNode() || section.isNull()) {
            return Restore.of(store::reset);
        }
        if (!section.isObject()) {
            throw MockErrors.refused(section(), section() + " is one record.");
        }
        KeyManagerConfigRecord record = json.read(section, KeyManagerConfigRecord.class, section());
        check(record);
        return Restore.of(() -> store.put(record));
    }

    /** The ranges PATCH enforces, and the six policy types, each once. */
    private void check(KeyManagerConfigRecord r) {
        if (r.cloudKmsRetryCount() < 0 || r.cloudKmsRetryCount() > 10) {
            throw MockErrors.refused(section() + ".cloud_kms_retry_count", "0 to 10.");
        }
        if (r.healthMonitorPollingInterval() < 15 || r.healthMonitorPollingInterval() > 30) {
            throw MockErrors.refused(section() + ".health_monitor_polling_interval", "15 to 30 minutes.");
        }
        if (r.healthMonitorPolicy() == null || r.healthMonitorPolicy().values().stream().anyMatch(p -> p == null)
                || !new HashSet<>(r.healthMonitorPolicy().keySet())
                        .equals(new HashSet<>(KeyManagerConfigRecord.POLICY_TYPES))) {
            throw MockErrors.refused(section() + ".health_monitor_policy",
                    "one policy for each of " + KeyManagerConfigRecord.POLICY_TYPES + ".");
        }
    }
}
