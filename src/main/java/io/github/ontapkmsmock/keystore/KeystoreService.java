package io.github.ontapkmsmock.keystore;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.model.SecurityKeystoreModify;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.ontap.state.Keystores;
import io.github.ontapkmsmock.ontap.state.StateLock;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;

/**
 * The rules of {@code /api/security/key-stores} (9.17.1 reference {@code security_keystore.txt}, NetApp's
 * per-release pages for PATCH and DELETE). The families hold the configurations; this view switches which one of
 * an SVM is enabled and deletes inactive ones. Each {@code check} runs before anything changes; the change itself
 * re-checks under the write lock (inside a job, its errors end the job in failure).
 */
@ApplicationScoped
public class KeystoreService {

    /** DELETE page (9.14.1 to 9.17.1): "The keystore configuration is currently enabled and cannot be deleted." */
    static final String ENABLED_CANNOT_BE_DELETED = "65538905";
    /** DELETE page: the UUID names no keystore configuration (404, as for an unknown key). */
    static final String NO_SUCH_CONFIGURATION = "65538908";
    /** DELETE page (9.16.1 and later): deleting an inactive configuration of the admin SVM needs ECV 9.16.1. */
    static final String ADMIN_SVM_DELETE_NEEDS_9_16_1 = "65539521";
    static final String ADMIN_SVM_DELETE_SINCE = "9.16.1";
    /**
     * PATCH disables with {@code enabled=false} from 9.17: NetApp's 9.17.1 page adds "security key-manager keystore
     * disable" to the related commands; the 9.14.1 and 9.16.1 pages name only "enable".
     */
    static final String DISABLE_SINCE = "9.17";

    private final Keystores keystores;
    private final StateLock lock;
    private final EmulatedVersion version;

    @Inject
    public KeystoreService(Keystores keystores, StateLock lock, EmulatedVersion version) {
        this.keystores = keystores;
        this.lock = lock;
        this.version = version;
    }

    public List<Keystore> all() {
        return lock.read(keystores::all);
    }

    /** An unknown UUID is ONTAP's "entry doesn't exist" (404, code 4, target uuid). */
    public Keystore get(String uuid) {
        return lock.read(() -> keystores.find(uuid)).orElseThrow(() -> CommonErrors.notFound("uuid"));
    }

    // --- PATCH --------------------------------------------------------------------------------------------------

    /** Validates a PATCH; what it asks for: enabled true or false. */
    public boolean checkModify(String uuid, SecurityKeystoreModify body) {
        Keystore keystore = get(uuid);
        if (body == null || body.getEnabled() == null) {
            throw CommonErrors.missingField("enabled");
        }
        boolean enable = body.getEnabled();
        if (!enable && !version.isAtLeast(DISABLE_SINCE)) {
            throw CommonErrors.invalidValue("enabled", "a keystore configuration can only be enabled before 9.17");
        }
        lock.read(() -> {
            requireSwitchable(keystore, enable);
            return null;
        });
        return enable;
    }

    /**
     * "If the specified Vserver already has a keystore enabled, then the enabled configuration is switched to the
     * desired keystore configuration and the previous configuration is left in an inactive/disabled state" (CLI
     * {@code security key-manager keystore enable}). Enabling the enabled one, or disabling an inactive one,
     * changes nothing.
     */
    public void modify(String uuid, boolean enable) {
        lock.write(() -> {
            Keystore keystore = keystores.find(uuid).orElseThrow(() -> CommonErrors.notFound("uuid"));
            requireSwitchable(keystore, enable);
            if (keystore.enabled() == enable) {
                return;
            }
            if (enable) {
                keystores.enabledOf(keystore.svmUuid()).ifPresent(previous -> keystores.setEnabled(previous, false));
            }
            keystores.setEnabled(keystore, enable);
        });
    }

    /** The configuration that would become inactive must be one its family can hold inactive. Under the lock. */
    private void requireSwitchable(Keystore keystore, boolean enable) {
        Optional<Keystore> leaving = enable ? keystores.enabledOf(keystore.svmUuid()).filter(k -> !k.equals(keystore))
                : Optional.of(keystore).filter(Keystore::enabled);
        if (enable && !keystore.enabled() && !keystore.canBeInactive()) {
            throw notSwitchable(keystore);
        }
        leaving.filter(k -> !k.canBeInactive()).ifPresent(k -> {
            throw notSwitchable(k);
        });
    }

    /** The reference material carries no PATCH code for this; the mock answers ONTAP's invalid value. */
    private static OntapException notSwitchable(Keystore keystore) {
        return CommonErrors.invalidValue("enabled", "the " + keystore.type() + " configuration " + keystore.uuid()
                + " cannot be made inactive");
    }

    // --- DELETE -------------------------------------------------------------------------------------------------

    public void delete(String uuid) {
        lock.write(() -> {
            Keystore keystore = keystores.find(uuid)
                    .orElseThrow(() -> OntapException.documented(NO_SUCH_CONFIGURATION).withTarget("uuid"));
            if (keystore.enabled()) {
                throw OntapException.documented(ENABLED_CANNOT_BE_DELETED).withTarget("uuid");
            }
            if (keystore.cluster() && !version.isAtLeast(ADMIN_SVM_DELETE_SINCE)) {
                throw OntapException.documented(ADMIN_SVM_DELETE_NEEDS_9_16_1).withTarget("uuid");
            }
            keystores.remove(keystore);
        });
    }
}
