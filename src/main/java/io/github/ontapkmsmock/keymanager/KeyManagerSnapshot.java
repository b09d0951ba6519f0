package io.github.ontapkmsmock.keymanager;

import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.keymanager.KeyManagerRecord.External;
import io.github.ontapkmsmock.keymanager.KeyManagerRecord.Scope;
import io.github.ontapkmsmock.keymanager.KeyManagerService.CertificateType;
import io.github.ontapkmsmock.model.KeyServer;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.state.SnapshotJson;
import io.github.ontapkmsmock.ontap.state.StateSnapshot.Configuration;
import io.github.ontapkmsmock.ontap.state.RecordSnapshot;

/**
 * The {@code key_managers} section of the state document: the onboard and external key managers with their key
 * servers, without the onboard passphrase and the key servers' passwords. An onboard key manager imported without
 * its passphrase keeps a placeholder (a later passphrase change then needs the document to have carried it).
 */
@Singleton
public class KeyManagerSnapshot extends RecordSnapshot<KeyManagerRecord> {

    private final Inventory inventory;
    private final KeyManagerService service;
    private final KeyManagerMapper mapper;

    @Inject
    public KeyManagerSnapshot(KeyManagerStore store, Inventory inventory, SnapshotJson json,
            KeyManagerService service, KeyManagerMapper mapper) {
        super(store, json, KeyManagerRecord.class, Set.of("onboard.passphrase", "external.servers.password"),
                KeyManagerRecord::uuid);
        this.inventory = inventory;
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public String section() {
        return "key_managers";
    }

    @Override
    protected void prepare(ObjectNode entry, String at) {
        if (entry.get("onboard") instanceof ObjectNode onboard && !onboard.hasNonNull("passphrase")) {
            onboard.put("passphrase", SnapshotJson.SECRET_PLACEHOLDER);
        }
    }

    @Override
    protected void check(KeyManagerRecord record, String at) {
        SvmEntry svm = inventory.svmByUuid(record.svmUuid()).orElseThrow(() -> MockErrors.refused(
                at + ".svm_uuid", "not an SVM of the inventory."));
        if (svm.admin() != (record.scope() == Scope.CLUSTER)) {
            throw MockErrors.refused(at + ".scope", "the cluster scope belongs to the admin SVM, the svm scope to a data SVM.");
        }
        rule(at + ".policy", () -> KeyManagerService.requirePolicyAllowed(record.policy(), svm));
        if (record.isExternal()) {
            checkExternal(record.external(), svm, at + ".external");
        } else {
            rule(at + ".svm_uuid", () -> KeyManagerService.requireOnboardAllowed(svm));
            String passphrase = record.onboard().passphrase();
            if (!passphrase.equals(SnapshotJson.SECRET_PLACEHOLDER)) {
                rule(at + ".onboard.passphrase", () -> KeyManagerService.requirePassphrase(passphrase));
            }
        }
        json().validate(mapper.keyManager(record), at);
    }

    /** The rules of the POST of an external key manager and of key servers (certificates, at most four servers). */
    private void checkExternal(External external, SvmEntry svm, String at) {
        rule(at + ".client_certificate", () -> service.installed(external.clientCertificate(),
                CertificateType.CLIENT, svm, "external.client_certificate.uuid"));
        if (external.serverCaCertificates().isEmpty()) {
            throw MockErrors.refused(at + ".server_ca_certificates",
                    "an external key manager needs at least one server CA certificate.");
        }
        for (int i = 0; i < external.serverCaCertificates().size(); i++) {
            String ca = external.serverCaCertificates().get(i);
            rule(at + ".server_ca_certificates[" + i + "]", () -> service.installed(ca, CertificateType.SERVER_CA,
                    svm, "external.server_ca_certificates.uuid"));
        }
        rule(at + ".servers", () -> KeyServerRules.check(external.servers(), "external.servers"));
        for (int i = 0; i < external.servers().size(); i++) {
            KeyServerRecord server = external.servers().get(i);
            String sat = at + ".servers[" + i + "]";
            rule(sat + ".server", () -> KeyServerRules.stored(server.server(), "server"));
            rule(sat + ".timeout", () -> KeyServerRules.timeout(server.timeout(), "timeout"));
            rule(sat + ".create_remove_timeout",
                    () -> KeyServerRules.timeout(server.createRemoveTimeout(), "create_remove_timeout"));
            rule(sat + ".secondary_key_servers",
                    () -> KeyServerRules.secondaryKeyServers(server.secondaryKeyServers()));
            json().validate(KeyServer.class, "password", server.password(), sat);
        }
    }

    /** Only an enabled configuration is the SVM's key manager. */
    @Override
    protected Optional<Configuration> configuration(KeyManagerRecord record) {
        return Optional.of(Configuration.of(record.svmUuid(), record.configuration()));
    }
}
