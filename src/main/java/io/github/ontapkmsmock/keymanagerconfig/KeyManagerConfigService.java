package io.github.ontapkmsmock.keymanagerconfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.model.KeyManagerConfig;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.ontap.state.Keystores;
import io.github.ontapkmsmock.ontap.state.StateLock;
import io.github.ontapkmsmock.ontap.version.IntroducedFields;

/**
 * The rules of {@code /api/security/key-manager-configs} (9.17.1 reference {@code key_manager_config.txt}; the
 * error table of NetApp's PATCH page, 9.10.1 to 9.17.1). Ranges (retry count 0-10, polling interval 15-30) are the
 * spec's; the rules that depend on the cluster's key managers are here. A refused PATCH changes nothing.
 */
@ApplicationScoped
public class KeyManagerConfigService {

    /** "Cluster-wide passphrase is incorrect.": not the enabled onboard key manager's passphrase. */
    static final String PASSPHRASE_INCORRECT = "65536139";
    /** "Passphrase length error.": the Onboard Key Manager's ({@link Keystore#passphraseLengthAccepted}). */
    static final String PASSPHRASE_LENGTH = "65536806";
    /** "The Onboard Key Manager is not enabled." (9.14.1 and later): CC mode protects the onboard key manager. */
    static final String ONBOARD_NOT_ENABLED = "65537301";
    /** "The passphrase field is required when changing cc_mode_enabled to true." */
    static final String PASSPHRASE_REQUIRED = "65537302";
    /** "Unable to modify polling period because no external key management is configured on the cluster." */
    static final String NO_EXTERNAL_KEY_MANAGEMENT = "65537304";

    private final KeyManagerConfigStore store;
    private final Keystores keystores;
    private final StateLock lock;
    private final IntroducedFields introduced;

    @Inject
    public KeyManagerConfigService(KeyManagerConfigStore store, Keystores keystores, StateLock lock,
            IntroducedFields introduced) {
        this.store = store;
        this.keystores = keystores;
        this.lock = lock;
        this.introduced = introduced;
    }

    public KeyManagerConfigRecord get() {
        return lock.read(store::get);
    }

    /**
     * PATCH: what it names changes, after every rule holds; {@code {}} changes nothing, no body at all (or JSON
     * {@code null}) is refused as on every other PATCH.
     */
    public void modify(KeyManagerConfig body) {
        if (body == null) {
            throw CommonErrors.missingField("body");
        }
        // 65536806 for any passphrase out of 32-256 characters, not only one that turns CC mode on
        if (body.getPassphrase() != null && !Keystore.passphraseLengthAccepted(body.getPassphrase())) {
            throw OntapException.documented(PASSPHRASE_LENGTH).withTarget("passphrase");
        }
        introduced.refuseNewerInBody(body);
        lock.write(() -> {
            KeyManagerConfigRecord current = store.get();
            if (Boolean.TRUE.equals(body.getCcModeEnabled()) && !current.ccModeEnabled()) {
                requireCcModePassphrase(body.getPassphrase());
            }
            if (body.getHealthMonitorPollingInterval() != null) {
                requireExternalKeyManagement();
            }
            store.put(KeyManagerConfigMapper.applyModify(current, body));
        });
    }

    /** Turning CC mode on needs the current cluster-wide passphrase, of the onboard key manager the cluster has enabled. */
    private void requireCcModePassphrase(String passphrase) {
        if (passphrase == null) {
            throw OntapException.documented(PASSPHRASE_REQUIRED).withTarget("passphrase");
        }
        Keystore onboard = keystores.all().stream()
                .filter(k -> k.type() == Keystore.Type.okm && k.cluster() && k.enabled()).findFirst()
                .orElseThrow(() -> OntapException.documented(ONBOARD_NOT_ENABLED).withTarget("cc_mode_enabled"));
        if (!keystores.protectedBy(onboard, passphrase)) {
            throw OntapException.documented(PASSPHRASE_INCORRECT).withTarget("passphrase");
        }
    }

    /** The polling period is the external key managers' health monitor's: some enabled external keystore. */
    private void requireExternalKeyManagement() {
        boolean external = keystores.all().stream()
                .anyMatch(k -> k.enabled() && "external".equals(k.type().location()));
        if (!external) {
            throw OntapException.documented(NO_EXTERNAL_KEY_MANAGEMENT).withTarget("health_monitor_polling_interval");
        }
    }
}
