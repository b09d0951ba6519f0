package io.github.ontapkmsmock.keymanager;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.NodeEntry;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.faults.Reachability;
import io.github.ontapkmsmock.ontap.faults.Reachability.KeyService;
import io.github.ontapkmsmock.ontap.state.StateLock;
import io.github.ontapkmsmock.ontap.state.Keystores;

/**
 * The asynchronous operations on key managers, each a check (answered directly) and the job's work (run under the
 * state lock, its errors end the job in failure): {@code migrate} (9.7 Swagger; the 9.14.1 page's codes),
 * {@code restore} (9.13) and PATCH with {@code validate_certificates} (9.17.1 reference). The mock keeps no keys, so
 * a job that passes its checks changes nothing.
 */
@ApplicationScoped
public class KeyManagerActions {

    // migrate (ONTAP 9.14.1 page "Migrate keys", error table)
    /** "The specified migration option is not supported in this release." */
    static final String MIGRATION_NOT_SUPPORTED = "65536886";
    /** "The source-uuid and UUID must be different values." */
    static final String MIGRATE_TO_ITSELF = "65536959";
    /** "Cannot start migration because a key manager referenced by a provided UUID does not exist." */
    static final String MIGRATE_UNKNOWN_KEY_MANAGER = "65537117";

    // restore (ONTAP 9.14.1 page "Retrieve and restore unrestored keys", error table)
    /** "The key management server is not configured for the SVM." */
    static final String NO_KEY_SERVER = "65536843";

    /** "Failed to establish secure connection ... due to network configuration issues." (PATCH, 9.7 Swagger) */
    static final String KEY_SERVERS_UNREACHABLE = "66060341";

    private final KeyManagerService keyManagers;
    private final Inventory inventory;
    private final Keystores keystores;
    private final Reachability reachability;
    private final StateLock lock;

    @Inject
    public KeyManagerActions(KeyManagerService keyManagers, Inventory inventory, Keystores keystores,
            Reachability reachability, StateLock lock) {
        this.keyManagers = keyManagers;
        this.inventory = inventory;
        this.keystores = keystores;
        this.reachability = reachability;
        this.lock = lock;
    }

    /**
     * "Migrates the keys belonging to an SVM between the cluster's key manager and the SVM's key manager": source and
     * destination are enabled key managers of any family (AWS KMS and Azure Key Vault UUIDs too), different, one of
     * them the cluster's and the other a data SVM's.
     */
    public void checkMigrate(String sourceUuid, String destinationUuid) {
        lock.read(() -> {
            migrate(sourceUuid, destinationUuid);
            return null;
        });
    }

    /** The job's work: the same checks, against the state when the job runs. Call under the state lock. */
    public void migrate(String sourceUuid, String destinationUuid) {
        if (destinationUuid == null) {
            throw OntapException.documented(MIGRATE_UNKNOWN_KEY_MANAGER).withTarget("uuid");
        }
        if (sourceUuid.equals(destinationUuid)) {
            throw OntapException.documented(MIGRATE_TO_ITSELF).withTarget("uuid");
        }
        SvmEntry source = svmOf(sourceUuid).orElseThrow(
                () -> OntapException.documented(MIGRATE_UNKNOWN_KEY_MANAGER).withTarget("source.uuid"));
        SvmEntry destination = svmOf(destinationUuid).orElseThrow(
                () -> OntapException.documented(MIGRATE_UNKNOWN_KEY_MANAGER).withTarget("uuid"));
        if (source.admin() == destination.admin()) {
            throw OntapException.documented(MIGRATION_NOT_SUPPORTED).withTarget("uuid");
        }
    }

    /** restore reads keys from key servers: an enabled external key manager ("UUID of the external key manager"). */
    public void restore(String uuid) {
        KeyManagerRecord keyManager = keyManagers.existing(uuid);
        if (!keyManager.isExternal() || !keyManager.enabled()) {
            throw OntapException.documented(NO_KEY_SERVER).withTarget("uuid");
        }
    }

    public void checkRestore(String uuid) {
        lock.read(() -> {
            restore(uuid);
            return null;
        });
    }

    /**
     * The job of {@code validate_certificates}: "testing the connection to the KMIP server" with the certificates.
     * They are installed (checked when they were set), so the test fails only where the control API made the key
     * servers ({@code kmip}) unreachable from a node: the page's 66060341, "network configuration issues".
     */
    public void validateCertificates(String uuid) {
        KeyManagerService.requireMode(keyManagers.existing(uuid), true);
        boolean reachable = inventory.nodes().stream().map(NodeEntry::uuid)
                .allMatch(node -> reachability.reachable(KeyService.KMIP, node));
        if (!reachable) {
            throw OntapException.documented(KEY_SERVERS_UNREACHABLE).withTarget("external.servers");
        }
    }

    /** The SVM whose enabled key manager, of any family, has this UUID. */
    private Optional<SvmEntry> svmOf(String keyManagerUuid) {
        return inventory.svms().stream()
                .filter(svm -> keystores.enabledOf(svm.uuid()).filter(k -> k.uuid().equals(keyManagerUuid)).isPresent())
                .findFirst();
    }
}
