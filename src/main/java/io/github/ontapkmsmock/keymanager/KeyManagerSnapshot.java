package io.github.ontapkmsmock.keymanager;

import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.keymanager.KeyManagerRecord.Scope;
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

    @Inject
    public KeyManagerSnapshot(KeyManagerStore store, Inventory inventory, SnapshotJson json) {
        super(store, json, KeyManagerRecord.class, Set.of("onboard.passphrase", "external.servers.password"),
                KeyManagerRecord::uuid);
        this.inventory = inventory;
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
        if (record.isExternal() && inventory.certificate(record.external().clientCertificate()).isEmpty()) {
            throw MockErrors.refused(at + ".external.client_certificate", "not a certificate of the inventory.");
        }
    }

    /** Only an enabled configuration is the SVM's key manager. */
    @Override
    protected Optional<Configuration> configuration(KeyManagerRecord record) {
        return Optional.of(Configuration.of(record.svmUuid(), record.configuration()));
    }
}
