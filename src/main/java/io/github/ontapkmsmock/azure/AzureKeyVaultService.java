package io.github.ontapkmsmock.azure;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.azure.AzureKeyVaultRecord.Scope;
import io.github.ontapkmsmock.inventory.SvmReferences;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.model.AzureKeyVaultConfigurationCreate;
import io.github.ontapkmsmock.model.AzureKeyVaultCreate;
import io.github.ontapkmsmock.model.AzureKeyVaultModify;
import io.github.ontapkmsmock.model.SvmReference;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.state.KeystoreConfiguration;
import io.github.ontapkmsmock.ontap.state.RecordUuids;
import io.github.ontapkmsmock.ontap.state.StateLock;
import io.github.ontapkmsmock.ontap.state.Keystores;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;
import io.github.ontapkmsmock.ontap.version.IntroducedFields;

/**
 * The rules of {@code /api/security/azure-key-vaults} from the 9.17.1 page (seed 003) and the 9.11.1 page (seed
 * 004). Each {@code prepare}/{@code check} method validates a request before anything changes (its errors answer
 * directly); the method without prefix makes the change under the state lock, re-checking what another request
 * may have changed meanwhile (run inside a job, its errors end the job in failure).
 */
@ApplicationScoped
public class AzureKeyVaultService {

    /** 003:1896, 004:1279: one key manager per SVM, whatever its family. */
    static final String KEY_MANAGER_EXISTS = "65537500";
    /** 003:1924-1928, 004:1288. */
    static final String INVALID_KEY_ID = "65537523";
    /** 003:1932, 004:1290: neither client_secret nor client_certificate. */
    static final String NO_AUTHENTICATION_METHOD = "65537567";
    /** 003:1934, 003:3697. */
    static final String INVALID_CLIENT_CERTIFICATE = "65537573";
    /** 003:2463, 003:4144, 003:4363: the configuration is not the SVM's enabled AKV. */
    static final String NOT_CONFIGURED = "65537120";
    /** 003:3677. */
    static final String CLIENT_SECRET_REQUIRED = "65537517";
    /** 003:3679. */
    static final String INVALID_CLIENT_SECRET = "65537540";
    /** 003:3681. */
    static final String NO_INPUTS = "65537541";

    /**
     * The effective cluster version keystore configurations need (65537592, 65537593: "ECV of 9.14.0 or
     * greater"). The 9.17.1 page marks the create_inactive parameter "Introduced in: 9.16" (003:1502-1504) while
     * its own error text says 9.14.0; the mock follows the error text, so 9.14 and 9.15 accept the flag.
     */
    static final String CONFIGURATIONS_SINCE = "9.14";

    /**
     * Where the two pages differ without an "Introduced in" note (the key_id with its version, 003:1924-1928 against
     * 004:1288; POST and DELETE as jobs, 003:1843-1873 and 003:2639-2643 against 004:1097 and 004:1567, which the
     * spec marks on their 202 answers), releases from 9.14 on behave as the 9.17.1 page and older ones as the 9.11.1
     * page. No seed covers 9.12 to 9.16; 9.14, the release of keystore configurations, is the mock's choice.
     */
    static final String CURRENT_PAGE_SINCE = "9.14";

    /** https://{vault}.{vault host}/keys/{key name}[/{32 hex digits version}]. */
    private static final Pattern KEY_ID = Pattern.compile(
            "https://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:\\d{1,5})?/keys/[A-Za-z0-9-]{1,127}(/[0-9A-Fa-f]{32})?/?");
    private static final Pattern KEY_ID_WITH_VERSION = Pattern.compile(".*/keys/[^/]+/[0-9A-Fa-f]{32}/?");

    /**
     * The mock's Azure refuses a client secret containing this word (any case): the deterministic way to get
     * 65537540, unless skip_verification is true (003:3356-3358).
     */
    static final String REJECTED_SECRET_WORD = "rejected";

    private final AzureKeyVaultStore store;
    private final AzureKeyVaultMapper mapper;
    private final StateLock lock;
    private final Keystores keystores;
    private final SvmReferences svmReferences;
    private final EmulatedVersion version;
    private final IntroducedFields introduced;
    private final RecordUuids uuids;

    @Inject
    public AzureKeyVaultService(AzureKeyVaultStore store, AzureKeyVaultMapper mapper, StateLock lock,
            Keystores keystores, SvmReferences svmReferences, EmulatedVersion version, IntroducedFields introduced,
            RecordUuids uuids) {
        this.store = store;
        this.mapper = mapper;
        this.lock = lock;
        this.keystores = keystores;
        this.svmReferences = svmReferences;
        this.version = version;
        this.introduced = introduced;
        this.uuids = uuids;
    }

    public List<AzureKeyVaultRecord> all() {
        return lock.read(store::all);
    }

    public AzureKeyVaultRecord get(String uuid) {
        return lock.read(() -> find(uuid));
    }

    // --- POST ---------------------------------------------------------------------------------------------------

    /** Validates a POST; the record it would create (with its UUID), not stored yet. */
    public AzureKeyVaultRecord prepareCreate(AzureKeyVaultCreate body, boolean createInactive) {
        Optional<String> configurationName = Optional.ofNullable(body.getConfiguration())
                .map(AzureKeyVaultConfigurationCreate::getName);
        KeystoreConfiguration configuration = KeystoreConfiguration.requested(configurationName, createInactive,
                version, CONFIGURATIONS_SINCE);
        introduced.refuseNewerInBody(body);
        requireOneCredential(body.getClientSecret(), body.getClientCertificate());
        requireKeyId(body.getKeyId());
        SvmEntry owner = owner(body.getSvm());
        Scope scope = owner.admin() ? Scope.cluster : Scope.svm;
        AzureKeyVaultRecord record = mapper.fromCreate(body, uuids.next(), scope, owner.uuid(),
                configuration);
        lock.read(() -> {
            requireRoomFor(record);
            return null;
        });
        return record;
    }

    public void create(AzureKeyVaultRecord record) {
        lock.write(() -> {
            requireRoomFor(record);
            store.put(record);
        });
    }

    /** "client_secret or client_certificate" (003:1451-1453): one of them, the authentication method follows. */
    private static void requireOneCredential(String secret, String certificate) {
        if (secret == null && certificate == null) {
            throw OntapException.documented(NO_AUTHENTICATION_METHOD);
        }
        if (secret != null && certificate != null) {
            throw bothCredentials();
        }
        if (certificate != null) {
            requireCertificate(certificate);
        }
    }

    /** The page offers the two as alternatives ("or"); it documents no code for both, so ONTAP's generic one. */
    private static OntapException bothCredentials() {
        return CommonErrors.invalidCombination(
                "Specify either \"client_secret\" or \"client_certificate\", not both.", "client_certificate");
    }

    /**
     * 65537573: the PKCS#12 certificate travels base64-encoded (004:94); a DER PKCS#12 file is an ASN.1 SEQUENCE,
     * so what does not decode to one is not a certificate. skip_verification does not skip this: it skips asking
     * Azure, and an unreadable certificate cannot even be stored.
     */
    static void requireCertificate(String certificate) {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(certificate.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            der = new byte[0];
        }
        if (der.length < 2 || der[0] != 0x30) {
            throw OntapException.documented(INVALID_CLIENT_CERTIFICATE).withTarget("client_certificate");
        }
    }

    /** 65537523: the 9.17.1 form carries the key version (003:1924-1928), the 9.11.1 form need not (004:1288). */
    private void requireKeyId(String keyId) {
        boolean valid = keyId != null && KEY_ID.matcher(keyId).matches()
                && (!version.isAtLeast(CURRENT_PAGE_SINCE) || KEY_ID_WITH_VERSION.matcher(keyId).matches());
        if (!valid) {
            throw OntapException.documented(INVALID_KEY_ID).withTarget("key_id");
        }
    }

    /**
     * "Existing SVM in which to create a AKV" (003:1445); without svm, the cluster scope (004:35-37), whose key
     * managers belong to the admin SVM. Naming the admin SVM is the cluster scope too.
     */
    private SvmEntry owner(SvmReference svm) {
        return svmReferences.namedOrAdmin(svm);
    }

    /** 65537500 for an enabled configuration, 65537589 for an inactive one. Call under the state lock. */
    private void requireRoomFor(AzureKeyVaultRecord record) {
        if (record.enabled() && keystores.enabledOf(record.svmUuid()).isPresent()) {
            throw OntapException.documented(KEY_MANAGER_EXISTS).withTarget(record.scope() == Scope.svm ? "svm" : null);
        }
        if (!record.enabled()) {
            keystores.requireNameFree(record.svmUuid(), record.configuration().name());
        }
    }

    // --- PATCH --------------------------------------------------------------------------------------------------

    /** Validates a PATCH (003:3326-3358) against the configuration as it is now. */
    public void checkModify(String uuid, AzureKeyVaultModify body) {
        AzureKeyVaultRecord current = get(uuid);
        if (body == null) {
            throw OntapException.documented(NO_INPUTS);
        }
        introduced.refuseNewerInBody(body);
        if (nothingToChange(body)) {
            throw OntapException.documented(NO_INPUTS);
        }
        String secret = body.getClientSecret();
        String certificate = body.getClientCertificate();
        if (secret != null && certificate != null) {
            throw bothCredentials();
        }
        if (certificate != null) {
            requireCertificate(certificate);
        }
        requireSecretForNewApplication(current, body);
        boolean verify = !Boolean.TRUE.equals(body.getSkipVerification());
        if (verify && secret != null && secret.toLowerCase(Locale.ROOT).contains(REJECTED_SECRET_WORD)) {
            throw OntapException.documented(INVALID_CLIENT_SECRET).withTarget("client_secret");
        }
    }

    public void modify(String uuid, AzureKeyVaultModify body) {
        lock.write(() -> store.put(mapper.applyModify(find(uuid), body)));
    }

    /** skip_verification alone changes nothing: it only qualifies new credentials. */
    private static boolean nothingToChange(AzureKeyVaultModify b) {
        return b.getClientSecret() == null && b.getClientCertificate() == null && b.getProxyType() == null
                && b.getProxyHost() == null && b.getProxyPort() == null && b.getPort() == null
                && b.getOauthHost() == null && b.getVaultHost() == null && b.getVerifyHost() == null
                && b.getVerifyIp() == null && b.getProxyUsername() == null && b.getProxyPassword() == null
                && b.getClientId() == null && b.getTenantId() == null;
    }

    /**
     * 65537517 (003:3677): a secret belongs to one Azure application, so moving a client-secret configuration to
     * another client_id or tenant_id needs the new application's secret (or a certificate, which switches the
     * method). The page gives only the code; the condition is the mock's reading of it.
     */
    private static void requireSecretForNewApplication(AzureKeyVaultRecord current, AzureKeyVaultModify body) {
        boolean newApplication = changes(body.getClientId(), current.credentials().clientId())
                || changes(body.getTenantId(), current.credentials().tenantId());
        boolean secretAuth = current.credentials().method() == AzureKeyVaultRecord.AuthenticationMethod.client_secret;
        if (newApplication && secretAuth && body.getClientSecret() == null && body.getClientCertificate() == null) {
            throw OntapException.documented(CLIENT_SECRET_REQUIRED).withTarget("client_secret");
        }
    }

    private static boolean changes(String given, String stored) {
        return given != null && !given.equals(stored);
    }

    // --- DELETE -------------------------------------------------------------------------------------------------

    public void checkDelete(String uuid) {
        get(uuid);
    }

    public void delete(String uuid) {
        lock.write(() -> {
            find(uuid);
            store.remove(uuid);
        });
    }

    // --- rekey-external, rekey-internal, restore ---------------------------------------------------------------

    /** rekey-external (003:2311-2321): the new key_id has the form POST requires. */
    public void checkRekeyExternal(String uuid, String keyId) {
        enabled(get(uuid));
        requireKeyId(keyId);
    }

    public void rekeyExternal(String uuid, String keyId) {
        lock.write(() -> store.put(enabled(find(uuid)).withKeyId(keyId)));
    }

    /**
     * rekey-internal (003:4014-4020) and restore (003:4238-4244) act on the SVM's enabled AKV. The mock keeps no
     * volumes, so it takes every SVM with an enabled AKV to hold internal keys: 65537559 and the other
     * volume-dependent codes come only from fault injection.
     */
    public void checkKeyOperation(String uuid) {
        enabled(get(uuid));
    }

    public void keyOperation(String uuid) {
        lock.read(() -> enabled(find(uuid)));
    }

    /** An inactive configuration is not the SVM's AKV (65537120, 003:2463). */
    private static AzureKeyVaultRecord enabled(AzureKeyVaultRecord record) {
        if (!record.enabled()) {
            throw OntapException.documented(NOT_CONFIGURED);
        }
        return record;
    }

    /** An unknown UUID is ONTAP's "entry doesn't exist" (404, code 4, target uuid). Call under the state lock. */
    private AzureKeyVaultRecord find(String uuid) {
        return store.find(uuid).orElseThrow(() -> CommonErrors.notFound("uuid"));
    }
}
