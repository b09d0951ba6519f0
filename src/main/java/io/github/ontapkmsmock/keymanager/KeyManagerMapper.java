package io.github.ontapkmsmock.keymanager;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryModels;
import io.github.ontapkmsmock.keymanager.KeyManagerRecord.External;
import io.github.ontapkmsmock.model.KeyServer;
import io.github.ontapkmsmock.model.SecurityKeyManager;
import io.github.ontapkmsmock.model.SecurityKeyManagerClientCertificate;
import io.github.ontapkmsmock.model.SecurityKeyManagerExternal;
import io.github.ontapkmsmock.model.SecurityKeyManagerExternalServer;
import io.github.ontapkmsmock.model.SecurityKeyManagerOnboard;
import io.github.ontapkmsmock.model.SecurityKeyManagerServerCaCertificate;

/** Stored key managers and key servers to their wire form. Secrets (passphrase, password) never leave. */
@ApplicationScoped
public class KeyManagerMapper {

    private static final String KEY_MANAGERS = "/api/security/key-managers/";
    private static final String CERTIFICATES = "/api/security/certificates/";

    private final Inventory inventory;

    @Inject
    public KeyManagerMapper(Inventory inventory) {
        this.inventory = inventory;
    }

    /**
     * The full record, as the page's {@code fields=*} examples show it (002 lines 166-286): {@code svm} only for SVM
     * scope, {@code external} with certificate references and servers, or {@code onboard.enabled}.
     */
    public SecurityKeyManager keyManager(KeyManagerRecord keyManager) {
        SecurityKeyManager model = new SecurityKeyManager().uuid(keyManager.uuid())
                .links(InventoryModels.self(keyManagerHref(keyManager.uuid())));
        if (keyManager.scope() == KeyManagerRecord.Scope.SVM) {
            model.scope(SecurityKeyManager.ScopeEnum.SVM)
                    .svm(InventoryModels.svmReference(inventory.svmByUuid(keyManager.svmUuid()).orElseThrow()));
        } else {
            model.scope(SecurityKeyManager.ScopeEnum.CLUSTER);
        }
        if (keyManager.isExternal()) {
            model.external(external(keyManager.uuid(), keyManager.external()));
        } else {
            model.onboard(new SecurityKeyManagerOnboard().enabled(true));
        }
        return model;
    }

    public KeyServer keyServer(String keyManagerUuid, KeyServerRecord server) {
        return new KeyServer().uuid(keyManagerUuid).server(server.server()).timeout(server.timeout())
                .username(server.username())
                .links(InventoryModels.self(keyServerHref(keyManagerUuid, server.server())));
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

    private static SecurityKeyManagerExternal external(String keyManagerUuid, External external) {
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
                                .links(InventoryModels.self(keyServerHref(keyManagerUuid, s.server()))))
                        .toList());
    }
}
