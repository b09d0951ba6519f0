package io.github.ontapkmsmock.keymanager;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.SvmReferences;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.keymanager.KeyManagerRecord.External;
import io.github.ontapkmsmock.keymanager.KeyManagerRecord.Onboard;
import io.github.ontapkmsmock.keymanager.KeyManagerRecord.Scope;
import io.github.ontapkmsmock.model.SecurityKeyManagerCertificateInput;
import io.github.ontapkmsmock.model.SecurityKeyManagerConfigurationCreate;
import io.github.ontapkmsmock.model.SecurityKeyManagerCreate;
import io.github.ontapkmsmock.model.SecurityKeyManagerExternalCreate;
import io.github.ontapkmsmock.model.SecurityKeyManagerExternalModify;
import io.github.ontapkmsmock.model.SecurityKeyManagerExternalServerCreate;
import io.github.ontapkmsmock.model.SecurityKeyManagerModify;
import io.github.ontapkmsmock.model.SecurityKeyManagerOnboardCreate;
import io.github.ontapkmsmock.model.SecurityKeyManagerOnboardModify;
import io.github.ontapkmsmock.model.SvmReference;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.ontap.state.KeystoreConfiguration;
import io.github.ontapkmsmock.ontap.state.RecordUuids;
import io.github.ontapkmsmock.ontap.state.StateLock;
import io.github.ontapkmsmock.ontap.state.Keystores;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;
import io.github.ontapkmsmock.ontap.version.IntroducedFields;

/**
 * The rules of {@code /api/security/key-managers} from the ONTAP 9.6 page (seed 002): one key manager per SVM, the
 * two mutually exclusive modes, what an external key manager needs, the onboard passphrase; and what later releases
 * add (NetApp's 9.7 Swagger and the 9.17.1 reference): synchronize, keystore configurations, the policy.
 */
@ApplicationScoped
public class KeyManagerService {

    // POST (002 lines 995-1023)
    /** "The SVM has key manager already configured." */
    static final String SVM_HAS_KEY_MANAGER = "65536823";
    /**
     * "External key management requires client and server CA certificates installed and with one or more key servers
     * provided."
     */
    static final String EXTERNAL_NEEDS_CERTIFICATES_AND_SERVERS = "65536876";
    /** "Onboard key manager passphrase length is incorrect." */
    static final String CREATE_PASSPHRASE_LENGTH = "65536920";
    /** "Key management servers already configured." */
    static final String KEY_SERVERS_ALREADY_CONFIGURED = "65536870";
    /** "Certificate is not installed." (also PATCH, line 1529) */
    static final String CERTIFICATE_NOT_INSTALLED = "65536821";
    /** "Onboard key management is only supported for an admin SVM." */
    static final String ONBOARD_ADMIN_SVM_ONLY = "65536916";
    /** "Onboard key management is already configured. ..." */
    static final String ONBOARD_ALREADY_CONFIGURED = "65536907";

    // PATCH (002 lines 1526-1539)
    /** "External key management is not enabled for the SVM." */
    static final String NOT_EXTERNAL = "65536828";
    /** "Updating an onboard passphrase requires both new and existing cluster passphrase." */
    static final String BOTH_PASSPHRASES_REQUIRED = "65536917";
    /** "New passphrase is same as old passphrase." (runtime text in the spec's runtime_message) */
    static final String NEW_PASSPHRASE_SAME_AS_OLD = "65536150";
    /** "The existing passphrase value provided does not match the configured passphrase." (runtime text in the spec) */
    static final String EXISTING_PASSPHRASE_WRONG = "65536139";
    /** "Passphrase does not match the accepted length." */
    static final String UPDATE_PASSPHRASE_LENGTH = "65536404";

    // POST and PATCH with onboard.synchronize (9.7 Swagger, POST and PATCH error tables)
    /** "The Onboard Key Manager passphrase must be provided when performing a POST/synchronize operation." */
    static final String SYNC_CREATE_NEEDS_PASSPHRASE = "65537240";
    /** "The Onboard Key Manager existing_passphrase must not be provided when performing a POST/synchronize ..." */
    static final String SYNC_CREATE_EXISTING_PASSPHRASE = "65537241";
    /** "Unable to sync/create Onboard Key Manager on the local cluster; Onboard Key Manager is already configured". */
    static final String SYNC_CREATE_ALREADY_CONFIGURED = "65537244";
    /** "Unable to sync/create Onboard Key Manager on local cluster. This cluster is not part of a MetroCluster ...". */
    static final String SYNC_CREATE_NOT_METROCLUSTER = "65537246";
    /** "The Onboard Key Manager existing_passphrase must be provided when performing a PATCH/synchronize operation." */
    static final String SYNC_MODIFY_NEEDS_EXISTING = "65537242";
    /** "The Onboard Key Manager passphrase must not be provided when performing a PATCH/synchronize operation." */
    static final String SYNC_MODIFY_PASSPHRASE = "65537243";
    /** "The key manager policy is not supported on the admin SVM." (9.14.1 PATCH table) */
    static final String POLICY_ON_ADMIN_SVM = "65538120";

    /**
     * Keystore configurations of key managers ({@code configuration}, {@code enabled}, {@code create_inactive}): in
     * the 9.17.1 reference, not on the 9.14.1 key-manager page; NetApp marks AKV's create_inactive "Introduced in:
     * 9.16" (003:1502-1504), the release the mock takes for key managers.
     */
    static final String CONFIGURATIONS_SINCE = "9.16";
    /** PATCH's validate_certificates: in the 9.17.1 reference, not on the 9.14.1 page; the mock takes 9.16 too. */
    static final String VALIDATE_CERTIFICATES_SINCE = "9.16";

    private final KeyManagerStore store;
    private final Inventory inventory;
    private final Keystores keystores;
    private final SvmReferences svmReferences;
    private final StateLock lock;
    private final EmulatedVersion version;
    private final IntroducedFields introduced;
    private final RecordUuids uuids;

    @Inject
    public KeyManagerService(KeyManagerStore store, Inventory inventory, SvmReferences svmReferences,
            Keystores keystores, StateLock lock, EmulatedVersion version, IntroducedFields introduced,
            RecordUuids uuids) {
        this.store = store;
        this.inventory = inventory;
        this.svmReferences = svmReferences;
        this.keystores = keystores;
        this.lock = lock;
        this.version = version;
        this.introduced = introduced;
        this.uuids = uuids;
    }

    /** All key managers; the query layer filters them (and refuses {@code svm.name} naming no SVM). */
    public List<KeyManagerRecord> list() {
        return lock.read(store::all);
    }

    public KeyManagerRecord get(String uuid) {
        return lock.read(() -> existing(uuid));
    }

    /** Creates an enabled key manager. */
    public KeyManagerRecord create(SecurityKeyManagerCreate body) {
        return create(body, false);
    }

    /**
     * Creates an enabled key manager, or with {@code create_inactive} an inactive configuration that does not count as
     * the SVM's key manager (so the SVM rules do not apply to it; its name must be new for the SVM instead).
     */
    public KeyManagerRecord create(SecurityKeyManagerCreate body, boolean createInactive) {
        requireRelease(createInactive, CONFIGURATIONS_SINCE, "create_inactive");
        introduced.refuseNewerInBody(body);
        KeystoreConfiguration configuration = KeystoreConfiguration.requested(
                Optional.ofNullable(body.getConfiguration()).map(SecurityKeyManagerConfigurationCreate::getName),
                createInactive, version, CONFIGURATIONS_SINCE);
        if (body.getExternal() != null && body.getOnboard() != null) {
            throw CommonErrors.invalidCombination("Fields \"external\" and \"onboard\" cannot be specified together: "
                    + "the two modes are mutually exclusive.", "onboard");
        }
        if (body.getExternal() == null && body.getOnboard() == null) {
            throw OntapException.documented(CommonErrors.MISSING_VALUE).withStatus(400)
                    .withMessage("Either \"external\" or \"onboard\" must be specified.").withTarget("external");
        }
        SvmEntry svm = owner(body.getSvm());
        requirePolicyAllowed(body.getPolicy(), svm);
        return lock.write(() -> {
            KeyManagerRecord created = body.getOnboard() != null ? onboard(svm, body.getOnboard(), configuration)
                    : external(svm, body.getExternal(), configuration, body.getPolicy());
            store.put(created);
            return created;
        });
    }

    /** Checks a PATCH that only validates certificates (a job, see {@link #validateCertificates}). */
    public void checkModify(String uuid, SecurityKeyManagerModify body, boolean validateCertificates) {
        requireRelease(validateCertificates, VALIDATE_CERTIFICATES_SINCE, "validate_certificates");
        introduced.refuseNewerInBody(body);
        if (validateCertificates) {
            lock.read(() -> requireMode(existing(uuid), true));
        }
    }

    public void modify(String uuid, SecurityKeyManagerModify body) {
        lock.write(() -> {
            KeyManagerRecord keyManager = existing(uuid);
            if (body.getExternal() != null) {
                keyManager = modifyExternal(keyManager, body.getExternal());
            }
            if (body.getOnboard() != null) {
                keyManager = modifyOnboard(keyManager, body.getOnboard());
            }
            if (body.getIsDefaultDataAtRestEncryptionDisabled() != null) {
                keyManager = keyManager
                        .withDefaultDataAtRestEncryptionDisabled(body.getIsDefaultDataAtRestEncryptionDisabled());
            }
            store.put(keyManager);
        });
    }

    /**
     * For {@code /api/security/key-stores}: makes an inactive configuration the SVM's key manager. The SVM must have
     * none enabled (of any family): switching is the caller's, which disables the other first.
     */
    public void enable(String uuid) {
        lock.write(() -> {
            KeyManagerRecord keyManager = existing(uuid);
            if (keyManager.enabled()) {
                return;
            }
            if (keystores.enabledOf(keyManager.svmUuid()).isPresent()) {
                throw OntapException.documented(SVM_HAS_KEY_MANAGER).withTarget("svm");
            }
            store.put(keyManager.withEnabled(true));
        });
    }

    /** Deleting a key manager frees its SVM for another one, of any family. */
    public void delete(String uuid) {
        lock.write(() -> store.remove(existing(uuid).uuid()));
    }

    /** The key manager a path names; 404 with code "4" when there is none. Call under the lock. */
    KeyManagerRecord existing(String uuid) {
        return store.find(uuid).orElseThrow(() -> CommonErrors.notFound("uuid"));
    }

    /**
     * The one guard on what a key manager's mode allows: external properties and key servers need an external key
     * manager, onboard properties an onboard one. The page documents one code for a key manager of the wrong mode,
     * 65536828 (PATCH table, 002 line 1528), and the mock answers it both ways, with the page's text.
     */
    static KeyManagerRecord requireMode(KeyManagerRecord keyManager, boolean external) {
        if (keyManager.isExternal() != external) {
            throw OntapException.documented(NOT_EXTERNAL).withTarget(external ? "external" : "onboard");
        }
        return keyManager;
    }

    private KeyManagerRecord external(SvmEntry svm, SecurityKeyManagerExternalCreate external,
            KeystoreConfiguration configuration, String policy) {
        missingExternalProperty(external).ifPresent(field -> {
            throw OntapException.documented(EXTERNAL_NEEDS_CERTIFICATES_AND_SERVERS).withTarget(field);
        });
        List<KeyServerRecord> servers = new ArrayList<>();
        for (SecurityKeyManagerExternalServerCreate s : external.getServers()) {
            servers.add(new KeyServerRecord(KeyServerRules.address(s.getServer(), "external.servers.server"),
                    KeyServerRules.timeout(s.getTimeout(), "external.servers.timeout"),
                    s.getUsername() == null ? KeyServerRecord.NO_USERNAME : s.getUsername(), null));
        }
        KeyServerRules.check(servers, "external.servers");
        String client = installed(external.getClientCertificate().getUuid(), CertificateType.CLIENT, svm,
                "external.client_certificate.uuid");
        List<String> serverCas = external.getServerCaCertificates().stream()
                .map(c -> installed(c.getUuid(), CertificateType.SERVER_CA, svm,
                        "external.server_ca_certificates.uuid"))
                .toList();
        requireRoom(svm, configuration, KeyManagerRecord::isExternal, KEY_SERVERS_ALREADY_CONFIGURED, "svm");
        return KeyManagerRecord.of(uuids.next(), svm.uuid(), scopeOf(svm),
                new External(client, serverCas, servers), null, configuration, policy);
    }

    private KeyManagerRecord onboard(SvmEntry svm, SecurityKeyManagerOnboardCreate onboard,
            KeystoreConfiguration configuration) {
        if (Boolean.TRUE.equals(onboard.getSynchronize())) {
            synchronizeCreate(onboard);
        } else if (onboard.getExistingPassphrase() != null) {
            throw CommonErrors.cannotBeSet("onboard.existing_passphrase");
        }
        requireOnboardAllowed(svm);
        if (onboard.getPassphrase() == null) {
            throw CommonErrors.missingField("onboard.passphrase");
        }
        requirePassphrase(onboard.getPassphrase());
        requireRoom(svm, configuration, KeyManagerRecord::isOnboard, ONBOARD_ALREADY_CONFIGURED, "onboard");
        if (Boolean.TRUE.equals(onboard.getSynchronize())) {
            // A POST with synchronize joins the partner site of a MetroCluster configuration; the mock's cluster is
            // not part of one (9.7 Swagger, POST table).
            throw OntapException.documented(SYNC_CREATE_NOT_METROCLUSTER).withTarget("onboard.synchronize");
        }
        // The policy "is currently ignored if specified for the onboard key manager" (9.17.1 reference).
        return KeyManagerRecord.of(uuids.next(), svm.uuid(), Scope.CLUSTER, null,
                new Onboard(onboard.getPassphrase()), configuration, null);
    }

    /** POST with synchronize: the passphrase, not the existing one; and not on a cluster that has onboard already. */
    private void synchronizeCreate(SecurityKeyManagerOnboardCreate onboard) {
        if (onboard.getPassphrase() == null) {
            throw OntapException.documented(SYNC_CREATE_NEEDS_PASSPHRASE).withTarget("onboard.passphrase");
        }
        if (onboard.getExistingPassphrase() != null) {
            throw OntapException.documented(SYNC_CREATE_EXISTING_PASSPHRASE).withTarget("onboard.existing_passphrase");
        }
        lock.read(() -> {
            if (store.all().stream().anyMatch(k -> k.enabled() && k.isOnboard())) {
                throw OntapException.documented(SYNC_CREATE_ALREADY_CONFIGURED).withTarget("onboard.synchronize");
            }
            return null;
        });
    }

    /**
     * An enabled key manager needs an SVM without one (of any family): 65536870 / 65536907 when it has one of the
     * same mode, else 65536823. An inactive configuration needs a name the SVM's configurations do not have yet.
     * Call under the state lock.
     */
    private void requireRoom(SvmEntry svm, KeystoreConfiguration configuration,
            Predicate<KeyManagerRecord> sameMode, String sameModeCode, String target) {
        if (!configuration.enabled()) {
            keystores.requireNameFree(svm.uuid(), configuration.name());
            return;
        }
        keystores.enabledOf(svm.uuid()).map(Keystore::uuid).ifPresent(other -> {
            boolean same = store.find(other).map(sameMode::test).orElse(false);
            throw OntapException.documented(same ? sameModeCode : SVM_HAS_KEY_MANAGER).withTarget(target);
        });
    }

    private KeyManagerRecord modifyExternal(KeyManagerRecord keyManager, SecurityKeyManagerExternalModify change) {
        External external = requireMode(keyManager, true).external();
        SvmEntry svm = inventory.svmByUuid(keyManager.svmUuid()).orElseThrow();
        if (change.getClientCertificate() != null) {
            external = external.withClientCertificate(installed(change.getClientCertificate().getUuid(),
                    CertificateType.CLIENT, svm, "external.client_certificate.uuid"));
        }
        if (change.getServerCaCertificates() != null) {
            if (change.getServerCaCertificates().isEmpty()) {
                throw CommonErrors.invalidValue("external.server_ca_certificates",
                        "an external key manager needs at least one server CA certificate");
            }
            List<String> serverCas = new ArrayList<>();
            for (SecurityKeyManagerCertificateInput c : change.getServerCaCertificates()) {
                serverCas.add(installed(c == null ? null : c.getUuid(), CertificateType.SERVER_CA, svm,
                        "external.server_ca_certificates.uuid"));
            }
            external = external.withServerCaCertificates(serverCas);
        }
        return keyManager.withExternal(external);
    }

    /**
     * A passphrase change needs both passphrases; the existing one must match, the new one must differ and have an
     * accepted length, checked in this order (Ansible's na_ontap_security_key_manager sends the same passphrase twice
     * to learn whether it is the current one: a wrong one answers 65536139, the right one 65536150). With
     * {@code synchronize} alone only the existing passphrase is needed, and checked.
     */
    private KeyManagerRecord modifyOnboard(KeyManagerRecord keyManager, SecurityKeyManagerOnboardModify change) {
        Onboard onboard = requireMode(keyManager, false).onboard();
        String existing = change.getExistingPassphrase();
        String replacement = change.getPassphrase();
        if (Boolean.TRUE.equals(change.getSynchronize())) {
            if (existing == null) {
                throw OntapException.documented(SYNC_MODIFY_NEEDS_EXISTING).withTarget("onboard.existing_passphrase");
            }
            if (replacement != null) {
                throw OntapException.documented(SYNC_MODIFY_PASSPHRASE).withTarget("onboard.passphrase");
            }
            requireCurrent(onboard, existing);
            return keyManager;
        }
        if (existing == null || replacement == null) {
            throw OntapException.documented(BOTH_PASSPHRASES_REQUIRED)
                    .withTarget(existing == null ? "onboard.existing_passphrase" : "onboard.passphrase");
        }
        requireCurrent(onboard, existing);
        if (replacement.equals(onboard.passphrase())) {
            throw OntapException.documented(NEW_PASSPHRASE_SAME_AS_OLD).withTarget("onboard.passphrase");
        }
        if (!acceptedPassphrase(replacement)) {
            throw OntapException.documented(UPDATE_PASSPHRASE_LENGTH).withTarget("onboard.passphrase");
        }
        return keyManager.withOnboard(new Onboard(replacement));
    }

    /** 65536916: the Onboard Key Manager is the cluster's, of the admin SVM. Shared with the state import. */
    static void requireOnboardAllowed(SvmEntry svm) {
        if (!svm.admin()) {
            throw OntapException.documented(ONBOARD_ADMIN_SVM_ONLY).withTarget("svm");
        }
    }

    /** 65536920: a new onboard passphrase has an accepted length. Shared with the state import. */
    static void requirePassphrase(String passphrase) {
        if (!acceptedPassphrase(passphrase)) {
            throw OntapException.documented(CREATE_PASSPHRASE_LENGTH).withTarget("onboard.passphrase");
        }
    }

    /** 65538120: no key manager policy on the admin SVM. Shared with the state import. */
    static void requirePolicyAllowed(String policy, SvmEntry svm) {
        if (policy != null && svm.admin()) {
            throw OntapException.documented(POLICY_ON_ADMIN_SVM).withTarget("policy");
        }
    }

    private static void requireCurrent(Onboard onboard, String existing) {
        if (!existing.equals(onboard.passphrase())) {
            throw OntapException.documented(EXISTING_PASSPHRASE_WRONG).withTarget("onboard.existing_passphrase");
        }
    }

    /** 32 to 256 characters, all of them printable ASCII. */
    static boolean acceptedPassphrase(String passphrase) {
        return Keystore.passphraseLengthAccepted(passphrase)
                && passphrase.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }

    /**
     * No {@code svm}: the key manager is the cluster's, which belongs to the admin SVM (the page's cluster-scope
     * examples, 002 lines 44-60). Naming the admin SVM is the same.
     */
    private SvmEntry owner(SvmReference svm) {
        return svmReferences.namedOrAdmin(svm);
    }

    private static Scope scopeOf(SvmEntry svm) {
        return svm.admin() ? Scope.CLUSTER : Scope.SVM;
    }

    /**
     * The certificate must be installed in the key manager's own scope: the cluster's for a cluster-scoped one, the
     * SVM's for an SVM-scoped one (002 lines 44 and 92), and be of the kind the property asks for.
     */
    String installed(String certificateUuid, CertificateType type, SvmEntry svm, String target) {
        boolean found = certificateUuid != null && inventory.certificate(certificateUuid)
                .filter(c -> type.value.equals(c.type()))
                .filter(c -> inventory.ownerOf(c).uuid().equals(svm.uuid()))
                .isPresent();
        if (!found) {
            throw OntapException.documented(CERTIFICATE_NOT_INSTALLED).withTarget(target);
        }
        return certificateUuid;
    }

    private static Optional<String> missingExternalProperty(SecurityKeyManagerExternalCreate external) {
        if (external.getClientCertificate() == null || external.getClientCertificate().getUuid() == null) {
            return Optional.of("external.client_certificate");
        }
        if (external.getServerCaCertificates() == null || external.getServerCaCertificates().isEmpty()
                || external.getServerCaCertificates().stream().anyMatch(c -> c == null || c.getUuid() == null)) {
            return Optional.of("external.server_ca_certificates");
        }
        if (external.getServers() == null || external.getServers().isEmpty() || external.getServers().stream()
                .anyMatch(s -> s == null || s.getServer() == null || s.getServer().isBlank())) {
            return Optional.of("external.servers");
        }
        return Optional.empty();
    }

    /** A query flag of a later release does not exist for a client of an older one: ONTAP's unexpected argument. */
    private void requireRelease(boolean flagSet, String since, String flag) {
        if (flagSet && !version.isAtLeast(since)) {
            throw CommonErrors.unexpectedArgument(flag);
        }
    }

    enum CertificateType {
        CLIENT("client"), SERVER_CA("server_ca");

        final String value;

        CertificateType(String value) {
            this.value = value;
        }
    }
}
