package io.github.ontapkmsmock.keymanager;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.SvmReferences;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.keymanager.KeyManagerRecord.External;
import io.github.ontapkmsmock.keymanager.KeyManagerRecord.Onboard;
import io.github.ontapkmsmock.keymanager.KeyManagerRecord.Scope;
import io.github.ontapkmsmock.model.SecurityKeyManagerCertificateInput;
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
import io.github.ontapkmsmock.ontap.state.RecordUuids;
import io.github.ontapkmsmock.ontap.state.StateLock;
import io.github.ontapkmsmock.ontap.state.SvmKeyManagers;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;

/**
 * The rules of {@code /api/security/key-managers} from the ONTAP 9.6 page (seed 002): one key manager per SVM, the
 * two mutually exclusive modes, what an external key manager needs, the onboard passphrase.
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

    /** "passphrase of length 32-256 ASCII characters" (002 line 889). */
    static final int MIN_PASSPHRASE = 32;
    static final int MAX_PASSPHRASE = 256;

    /** {@code onboard.synchronize} is not on the 9.6 page; NetApp's reference has it from ONTAP 9.7. */
    static final String SYNCHRONIZE_INTRODUCED = "9.7";

    private final KeyManagerStore store;
    private final Inventory inventory;
    private final SvmKeyManagers svmKeyManagers;
    private final SvmReferences svmReferences;
    private final StateLock lock;
    private final EmulatedVersion version;
    private final RecordUuids uuids;

    @Inject
    public KeyManagerService(KeyManagerStore store, Inventory inventory, SvmReferences svmReferences,
            SvmKeyManagers svmKeyManagers, StateLock lock, EmulatedVersion version, RecordUuids uuids) {
        this.store = store;
        this.inventory = inventory;
        this.svmReferences = svmReferences;
        this.svmKeyManagers = svmKeyManagers;
        this.lock = lock;
        this.version = version;
        this.uuids = uuids;
    }

    /** All key managers; the query layer filters them (and refuses {@code svm.name} naming no SVM). */
    public List<KeyManagerRecord> list() {
        return lock.read(store::all);
    }

    public KeyManagerRecord get(String uuid) {
        return lock.read(() -> existing(uuid));
    }

    public KeyManagerRecord create(SecurityKeyManagerCreate body) {
        if (body.getExternal() != null && body.getOnboard() != null) {
            throw CommonErrors.invalidCombination("Fields \"external\" and \"onboard\" cannot be specified together: "
                    + "the two modes are mutually exclusive.", "onboard");
        }
        if (body.getExternal() == null && body.getOnboard() == null) {
            throw OntapException.documented(CommonErrors.MISSING_VALUE).withStatus(400)
                    .withMessage("Either \"external\" or \"onboard\" must be specified.").withTarget("external");
        }
        SvmEntry svm = owner(body.getSvm());
        return lock.write(() -> {
            KeyManagerRecord created = body.getOnboard() != null ? onboard(svm, body.getOnboard())
                    : external(svm, body.getExternal());
            store.put(created);
            return created;
        });
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
            store.put(keyManager);
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

    private KeyManagerRecord external(SvmEntry svm, SecurityKeyManagerExternalCreate external) {
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
        svmKeyManagers.keyManagerOf(svm.uuid()).ifPresent(other -> {
            boolean externalAlready = store.find(other).map(KeyManagerRecord::isExternal).orElse(false);
            throw OntapException.documented(externalAlready ? KEY_SERVERS_ALREADY_CONFIGURED : SVM_HAS_KEY_MANAGER)
                    .withTarget("svm");
        });
        return new KeyManagerRecord(uuids.next(), svm.uuid(), scopeOf(svm),
                new External(client, serverCas, servers), null);
    }

    private KeyManagerRecord onboard(SvmEntry svm, SecurityKeyManagerOnboardCreate onboard) {
        requireIntroduced(onboard.getSynchronize(), "onboard.synchronize");
        if (!svm.admin()) {
            throw OntapException.documented(ONBOARD_ADMIN_SVM_ONLY).withTarget("svm");
        }
        if (onboard.getPassphrase() == null) {
            throw CommonErrors.missingField("onboard.passphrase");
        }
        if (!acceptedPassphrase(onboard.getPassphrase())) {
            throw OntapException.documented(CREATE_PASSPHRASE_LENGTH).withTarget("onboard.passphrase");
        }
        svmKeyManagers.keyManagerOf(svm.uuid()).ifPresent(other -> {
            boolean onboardAlready = store.find(other).map(KeyManagerRecord::isOnboard).orElse(false);
            throw OntapException.documented(onboardAlready ? ONBOARD_ALREADY_CONFIGURED : SVM_HAS_KEY_MANAGER)
                    .withTarget("onboard");
        });
        // synchronize only matters on the partner site of a MetroCluster configuration, which the mock has not.
        return new KeyManagerRecord(uuids.next(), svm.uuid(), Scope.CLUSTER, null,
                new Onboard(onboard.getPassphrase()));
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
        requireIntroduced(change.getSynchronize(), "onboard.synchronize");
        Onboard onboard = requireMode(keyManager, false).onboard();
        String existing = change.getExistingPassphrase();
        String replacement = change.getPassphrase();
        if (Boolean.TRUE.equals(change.getSynchronize()) && replacement == null) {
            if (existing == null) {
                throw CommonErrors.missingField("onboard.existing_passphrase");
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

    private static void requireCurrent(Onboard onboard, String existing) {
        if (!existing.equals(onboard.passphrase())) {
            throw OntapException.documented(EXISTING_PASSPHRASE_WRONG).withTarget("onboard.existing_passphrase");
        }
    }

    /** 32 to 256 characters, all of them printable ASCII. */
    static boolean acceptedPassphrase(String passphrase) {
        return passphrase.length() >= MIN_PASSPHRASE && passphrase.length() <= MAX_PASSPHRASE
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
    private String installed(String certificateUuid, CertificateType type, SvmEntry svm, String target) {
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

    private void requireIntroduced(Boolean synchronize, String field) {
        if (synchronize != null && !version.isAtLeast(SYNCHRONIZE_INTRODUCED)) {
            throw CommonErrors.unexpectedArgument(field);
        }
    }

    private enum CertificateType {
        CLIENT("client"), SERVER_CA("server_ca");

        final String value;

        CertificateType(String value) {
            this.value = value;
        }
    }
}
