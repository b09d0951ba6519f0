package io.github.ontapkmsmock.keymanagerconfig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.github.ontapkmsmock.inventory.InventoryModels;
import io.github.ontapkmsmock.keymanagerconfig.KeyManagerConfigRecord.Policy;
import io.github.ontapkmsmock.model.KeyManagerConfig;
import io.github.ontapkmsmock.model.KeyManagerConfigHealthMonitorPolicy;
import io.github.ontapkmsmock.model.KeyManagerConfigKeystorePolicy;

/** The stored configuration to its wire form (never with a passphrase), and a PATCH applied to it. */
final class KeyManagerConfigMapper {

    static final String PATH = "/api/security/key-manager-configs";

    private static final Map<String, Function<KeyManagerConfigHealthMonitorPolicy, KeyManagerConfigKeystorePolicy>> GET = Map
            .of("akv", KeyManagerConfigHealthMonitorPolicy::getAkv, "aws", KeyManagerConfigHealthMonitorPolicy::getAws,
                    "gcp", KeyManagerConfigHealthMonitorPolicy::getGcp, "ikp",
                    KeyManagerConfigHealthMonitorPolicy::getIkp, "kmip", KeyManagerConfigHealthMonitorPolicy::getKmip,
                    "okm", KeyManagerConfigHealthMonitorPolicy::getOkm);
    private static final Map<String, BiConsumer<KeyManagerConfigHealthMonitorPolicy, KeyManagerConfigKeystorePolicy>> SET = Map
            .of("akv", KeyManagerConfigHealthMonitorPolicy::setAkv, "aws", KeyManagerConfigHealthMonitorPolicy::setAws,
                    "gcp", KeyManagerConfigHealthMonitorPolicy::setGcp, "ikp",
                    KeyManagerConfigHealthMonitorPolicy::setIkp, "kmip", KeyManagerConfigHealthMonitorPolicy::setKmip,
                    "okm", KeyManagerConfigHealthMonitorPolicy::setOkm);

    private KeyManagerConfigMapper() {
    }

    static KeyManagerConfig toModel(KeyManagerConfigRecord r) {
        KeyManagerConfigHealthMonitorPolicy policy = new KeyManagerConfigHealthMonitorPolicy();
        r.healthMonitorPolicy().forEach((type, p) -> SET.get(type).accept(policy,
                new KeyManagerConfigKeystorePolicy().enabled(p.enabled()).manageVolumeOffline(p.manageVolumeOffline())));
        return new KeyManagerConfig()
                .ccModeEnabled(r.ccModeEnabled())
                .cloudKmsRetryCount(r.cloudKmsRetryCount())
                .healthMonitorPollingInterval(r.healthMonitorPollingInterval())
                .healthMonitorPolicy(policy)
                .links(InventoryModels.self(PATH));
    }

    /** What PATCH leaves unnamed stays as it was, down to each policy's two flags. */
    static KeyManagerConfigRecord applyModify(KeyManagerConfigRecord r, KeyManagerConfig body) {
        Map<String, Policy> policies = new LinkedHashMap<>(r.healthMonitorPolicy());
        KeyManagerConfigHealthMonitorPolicy given = body.getHealthMonitorPolicy();
        if (given != null) {
            GET.forEach((type, getter) -> {
                KeyManagerConfigKeystorePolicy p = getter.apply(given);
                if (p != null) {
                    Policy old = policies.get(type);
                    policies.put(type, new Policy(or(p.getEnabled(), old.enabled()),
                            or(p.getManageVolumeOffline(), old.manageVolumeOffline())));
                }
            });
        }
        return new KeyManagerConfigRecord(or(body.getCcModeEnabled(), r.ccModeEnabled()),
                or(body.getCloudKmsRetryCount(), r.cloudKmsRetryCount()),
                or(body.getHealthMonitorPollingInterval(), r.healthMonitorPollingInterval()), policies);
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
