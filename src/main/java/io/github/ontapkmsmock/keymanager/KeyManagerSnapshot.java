package io.github.ontapkmsmock.keymanager;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.keymanager.KeyManagerRecord.Scope;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.state.SnapshotJson;
import io.github.ontapkmsmock.ontap.state.StateSnapshot;

/**
 * The {@code key_managers} section of the state document: the onboard and external key managers with their key
 * servers, without the onboard passphrase and the key servers' passwords. An onboard key manager imported without
 * its passphrase keeps a placeholder (a later passphrase change then needs the document to have carried it).
 */
@ApplicationScoped
public class KeyManagerSnapshot implements StateSnapshot {

    private static final Set<String> SECRETS = Set.of("onboard.passphrase", "external.servers.password");

    private final KeyManagerStore store;
    private final Inventory inventory;
    private final SnapshotJson json;

    @Inject
    public KeyManagerSnapshot(KeyManagerStore store, Inventory inventory, SnapshotJson json) {
        this.store = store;
        this.inventory = inventory;
        this.json = json;
    }

    @Override
    public String section() {
        return "key_managers";
    }

    @Override
    public JsonNode export() {
        ArrayNode records = json.array();
        store.all().forEach(r -> records.add(json.write(r, SECRETS)));
        return records;
    }

    @Override
    public Restore restore(JsonNode section) {
        List<KeyManagerRecord> records = new ArrayList<>();
        List<ObjectNode> entries = SnapshotJson.entries(section, section());
        for (int i = 0; i < entries.size(); i++) {
            String at = section() + "[" + i + "]";
            ObjectNode entry = entries.get(i).deepCopy();
            if (entry.get("onboard") instanceof ObjectNode onboard && !onboard.hasNonNull("passphrase")) {
                onboard.put("passphrase", SnapshotJson.SECRET_PLACEHOLDER);
            }
            KeyManagerRecord record = json.read(entry, KeyManagerRecord.class, at);
            SvmEntry svm = inventory.svmByUuid(record.svmUuid()).orElseThrow(() -> MockErrors.refused(
                    at + ".svm_uuid", "not an SVM of the inventory."));
            if (svm.admin() != (record.scope() == Scope.CLUSTER)) {
                throw MockErrors.refused(at + ".scope", "the cluster scope belongs to the admin SVM, the svm scope to a data SVM.");
            }
            if (record.isExternal() && inventory.certificate(record.external().clientCertificate()).isEmpty()) {
                throw MockErrors.refused(at + ".external.client_certificate", "not a certificate of the inventory.");
            }
            if (records.stream().anyMatch(r -> r.uuid().equals(record.uuid()))) {
                throw MockErrors.refused(at + ".uuid", "two records have this UUID.");
            }
            records.add(record);
        }
        return new Restore(() -> {
            store.reset();
            records.forEach(store::put);
        }, records.stream().map(KeyManagerRecord::svmUuid).toList());
    }
}
