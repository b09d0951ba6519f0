package io.github.ontapkmsmock.keymanager;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.NodeEntry;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.inventory.InventoryModels;
import io.github.ontapkmsmock.keymanager.KeyManagerRecord.External;
import io.github.ontapkmsmock.model.KeyServer;
import io.github.ontapkmsmock.model.KeyServerConnectivity;
import io.github.ontapkmsmock.model.KeyServerState;
import io.github.ontapkmsmock.model.SecurityKeyManager;
import io.github.ontapkmsmock.model.SecurityKeyManagerClientCertificate;
import io.github.ontapkmsmock.model.SecurityKeyManagerConfiguration;
import io.github.ontapkmsmock.model.SecurityKeyManagerExternal;
import io.github.ontapkmsmock.model.SecurityKeyManagerExternalServer;
import io.github.ontapkmsmock.model.SecurityKeyManagerOnboard;
import io.github.ontapkmsmock.model.SecurityKeyManagerServerCaCertificate;
import io.github.ontapkmsmock.model.SecurityKeyManagerStatus;
import io.github.ontapkmsmock.model.SecurityKeyManagerVolumeEncryption;
import io.github.ontapkmsmock.ontap.faults.Reachability;
import io.github.ontapkmsmock.ontap.faults.Reachability.KeyService;
import io.github.ontapkmsmock.ontap.query.Listing;

/**
 * Stored key managers and key servers to their wire form, every property of the newest release; the query layer
 * leaves out what the emulated release does not have and the advanced properties not asked for. Secrets
 * (passphrase, password) never leave.
 */
@ApplicationScoped
public class KeyManagerMapper {

    private static final String KEY_MANAGERS = "/api/security/key-managers/";
    private static final String CERTIFICATES = "/api/security/certificates/";

    /** "No action needed at this time." (security_key_manager.txt, the status example): a fully set-up key manager. */
    static final int STATUS_NO_ACTION_NEEDED = 65537200;
    static final String STATUS_NO_ACTION_NEEDED_MESSAGE = "No action needed at this time.";

    private final Inventory inventory;
    private final Reachability reachability;

    @Inject
    public KeyManagerMapper(Inventory inventory, Reachability reachability) {
        this.inventory = inventory;
        this.reachability = reachability;
    }

    /**
     * The full record, as the references' {@code fields=*} examples show it (002 lines 166-286, and the 9.17.1
     * examples of security_key_manager.txt): {@code svm} only for SVM scope, {@code external} with certificate
     * references and servers, or {@code onboard}. {@code status} is left out of inactive configurations ("only
     * relevant to active configurations").
     */
    public SecurityKeyManager keyManager(KeyManagerRecord keyManager) {
        SecurityKeyManager model = new SecurityKeyManager().uuid(keyManager.uuid())
                .links(InventoryModels.self(keyManagerHref(keyManager.uuid())))
                ._configuration(new SecurityKeyManagerConfiguration().name(keyManager.configuration().name())
                        .uuid(keyManager.uuid()))
                .enabled(keyManager.enabled())
                .policy(keyManager.policy())
                .isDefaultDataAtRestEncryptionDisabled(keyManager.defaultDataAtRestEncryptionDisabled())
                .volumeEncryption(new SecurityKeyManagerVolumeEncryption().supported(true).code(0).message(""));
        if (keyManager.enabled()) {
            model.status(new SecurityKeyManagerStatus().code(STATUS_NO_ACTION_NEEDED)
                    .message(STATUS_NO_ACTION_NEEDED_MESSAGE));
        }
        if (keyManager.scope() == KeyManagerRecord.Scope.SVM) {
            model.scope(SecurityKeyManager.ScopeEnum.SVM).svm(InventoryModels.svmReference(svm(keyManager).get()));
        } else {
            model.scope(SecurityKeyManager.ScopeEnum.CLUSTER);
        }
        if (keyManager.isExternal()) {
            model.external(external(keyManager));
        } else {
            model.onboard(new SecurityKeyManagerOnboard().enabled(true).keyBackup(keyBackup(keyManager)));
        }
        return model;
    }

    /** A key server; {@code connectivity} only of an enabled key manager's ("only relevant to active ones"). */
    public KeyServer keyServer(KeyManagerRecord keyManager, KeyServerRecord server) {
        return new KeyServer().uuid(keyManager.uuid()).server(server.server()).timeout(server.timeout())
                .username(server.username())
                .secondaryKeyServers(server.secondaryKeyServers().isEmpty() ? null : server.secondaryKeyServers())
                .createRemoveTimeout(server.createRemoveTimeout())
                .connectivity(keyManager.enabled() ? connectivity() : null)
                .links(InventoryModels.self(keyServerHref(keyManager.uuid(), server.server())));
    }

    /**
     * Fields of the wire form ({@link #keyManager}) read straight from a stored record, so that a collection filters
     * and sorts on them without rendering records: {@code svm} only of an SVM-scoped key manager.
     */
    public Map<String, Function<? super KeyManagerRecord, ?>> recordFields() {
        return Listing.uuidAndSvm(KeyManagerRecord::uuid, this::svm);
    }

    private Optional<SvmEntry> svm(KeyManagerRecord keyManager) {
        return keyManager.scope() == KeyManagerRecord.Scope.SVM
                ? Optional.of(inventory.svmByUuid(keyManager.svmUuid()).orElseThrow()) : Optional.empty();
    }

    public static String keyManagerHref(String uuid) {
        return KEY_MANAGERS + uuid;
    }

    public static String keyServersHref(String keyManagerUuid) {
        return KEY_MANAGERS + keyManagerUuid + "/key-servers";
    }

    /** The colon of {@code host:port} percent-encoded, as the seed's key-server links write it (002 line 436). */
    public static String keyServerHref(String keyManagerUuid, String server) {
        return keyServersHref(keyManagerUuid) + "/" + URLEncoder.encode(server, StandardCharsets.UTF_8);
    }

    /**
     * Key-server connectivity, one state per node of the inventory: {@code not_responding} where the control API
     * made the key servers ({@code kmip}) unreachable from the node, {@code available} elsewhere.
     */
    private KeyServerConnectivity connectivity() {
        List<KeyServerState> states = inventory.nodes().stream().map(this::nodeState).toList();
        return new KeyServerConnectivity().nodeStates(states)
                .clusterAvailability(states.stream().allMatch(s -> s.getState() == KeyServerState.StateEnum.AVAILABLE));
    }

    private KeyServerState nodeState(NodeEntry node) {
        return new KeyServerState().node(InventoryModels.nodeReference(node))
                .state(reachability.reachable(KeyService.KMIP, node.uuid()) ? KeyServerState.StateEnum.AVAILABLE
                        : KeyServerState.StateEnum.NOT_RESPONDING);
    }

    /**
     * The backup of the onboard key hierarchy, framed as NetApp's example frames it. The mock has no key material:
     * the blob is derived from the key manager's UUID, never from the passphrase.
     */
    private static String keyBackup(KeyManagerRecord keyManager) {
        String blob = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(("NetApp Key Blob " + keyManager.uuid()).getBytes(StandardCharsets.US_ASCII));
        return "--------------------------BEGIN BACKUP--------------------------\n" + blob
                + "\n---------------------------END BACKUP---------------------------\n";
    }

    private SecurityKeyManagerExternal external(KeyManagerRecord keyManager) {
        External external = keyManager.external();
        return new SecurityKeyManagerExternal()
                .clientCertificate(new SecurityKeyManagerClientCertificate().uuid(external.clientCertificate())
                        .links(InventoryModels.self(CERTIFICATES + external.clientCertificate())))
                .serverCaCertificates(external.serverCaCertificates().stream()
                        .map(uuid -> new SecurityKeyManagerServerCaCertificate().uuid(uuid)
                                .links(InventoryModels.self(CERTIFICATES + uuid)))
                        .toList())
                .servers(external.servers().stream()
                        .map(s -> new SecurityKeyManagerExternalServer().server(s.server()).timeout(s.timeout())
                                .username(s.username())
                                // a comma-delimited string here, as the key-manager examples print it
                                .secondaryKeyServers(s.secondaryKeyServers().isEmpty() ? null
                                        : String.join(", ", s.secondaryKeyServers()))
                                .connectivity(keyManager.enabled() ? connectivity() : null)
                                .links(InventoryModels.self(keyServerHref(keyManager.uuid(), s.server()))))
                        .toList());
    }
}
