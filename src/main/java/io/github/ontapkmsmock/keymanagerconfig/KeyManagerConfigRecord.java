package io.github.ontapkmsmock.keymanagerconfig;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The cluster's key manager configuration options (one per cluster), as the mock stores it. Replaced on every
 * change, never mutated. No passphrase is kept: PATCH only checks the one it is given.
 *
 * @param healthMonitorPolicy the health monitor policy per keystore type ({@link #POLICY_TYPES})
 */
/* Written to and read from the state document by Jackson (native image too). */
@RegisterForReflection(targets = { KeyManagerConfigRecord.class, KeyManagerConfigRecord.Policy.class })
public record KeyManagerConfigRecord(boolean ccModeEnabled, int cloudKmsRetryCount, int healthMonitorPollingInterval,
        Map<String, Policy> healthMonitorPolicy) {

    /** The keystore types the health monitor policy has (9.17.1 example), in the order ONTAP's SDK lists them. */
    public static final List<String> POLICY_TYPES = List.of("akv", "aws", "gcp", "ikp", "kmip", "okm");

    /** Sorted and unmodifiable whatever it is built from, so the record is immutable and its export stable. */
    public KeyManagerConfigRecord {
        healthMonitorPolicy = healthMonitorPolicy == null ? null
                : Collections.unmodifiableMap(new TreeMap<>(healthMonitorPolicy));
    }

    /** One keystore type's health monitor policy. */
    public record Policy(boolean enabled, boolean manageVolumeOffline) {
    }

    /**
     * A new cluster as NetApp's 9.17.1 example shows it: CC mode off, retry count 3, polling every 15 minutes,
     * every health monitor enabled and allowed to take volumes offline.
     */
    public static KeyManagerConfigRecord initial() {
        Map<String, Policy> policies = new LinkedHashMap<>();
        POLICY_TYPES.forEach(t -> policies.put(t, new Policy(true, true)));
        return new KeyManagerConfigRecord(false, 3, 15, policies);
    }
}
