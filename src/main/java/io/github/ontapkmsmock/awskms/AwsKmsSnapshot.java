package io.github.ontapkmsmock.awskms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.state.SnapshotJson;
import io.github.ontapkmsmock.ontap.state.StateSnapshot;

/**
 * The {@code aws_kms} section of the state document: the stored configurations, the SVM as {@code {uuid, name}},
 * without {@code secret_access_key} and {@code proxy_password}. An imported configuration without its secret access
 * key keeps a placeholder.
 */
@ApplicationScoped
public class AwsKmsSnapshot implements StateSnapshot {

    private static final Set<String> SECRETS = Set.of("secret_access_key", "proxy_password");

    private final AwsKmsStore store;
    private final Inventory inventory;
    private final SnapshotJson json;

    @Inject
    public AwsKmsSnapshot(AwsKmsStore store, Inventory inventory, SnapshotJson json) {
        this.store = store;
        this.inventory = inventory;
        this.json = json;
    }

    @Override
    public String section() {
        return "aws_kms";
    }

    @Override
    public JsonNode export() {
        ArrayNode records = json.array();
        for (AwsKmsRecord r : store.all()) {
            ObjectNode record = json.write(r, SECRETS);
            record.set("svm", JsonNodeFactory.instance.objectNode().put("uuid", r.svm().uuid())
                    .put("name", r.svm().name()));
            records.add(record);
        }
        return records;
    }

    @Override
    public Restore restore(JsonNode section) {
        List<AwsKmsRecord> records = new ArrayList<>();
        List<ObjectNode> entries = SnapshotJson.entries(section, section());
        for (int i = 0; i < entries.size(); i++) {
            String at = section() + "[" + i + "]";
            ObjectNode entry = entries.get(i).deepCopy();
            SvmEntry svm = inventory.svm(entry.path("svm").path("uuid").textValue(),
                    entry.path("svm").path("name").textValue())
                    .filter(s -> !s.admin())
                    .orElseThrow(() -> MockErrors.refused(at + ".svm", "not a data SVM of the inventory."));
            entry.set("svm", json.tree(svm));
            if (!entry.hasNonNull("secret_access_key")) {
                entry.put("secret_access_key", SnapshotJson.SECRET_PLACEHOLDER);
            }
            AwsKmsRecord record = json.read(entry, AwsKmsRecord.class, at);
            require(record.uuid(), at + ".uuid");
            if (records.stream().anyMatch(r -> r.uuid().equals(record.uuid()))) {
                throw MockErrors.refused(at + ".uuid", "two records have this UUID.");
            }
            require(record.region(), at + ".region");
            require(record.keyId(), at + ".key_id");
            require(record.accessKeyId(), at + ".access_key_id");
            records.add(record);
        }
        return new Restore(() -> {
            store.reset();
            records.forEach(store::put);
        }, records.stream().map(r -> r.svm().uuid()).toList());
    }

    private static void require(String value, String at) {
        if (value == null || value.isBlank()) {
            throw MockErrors.refused(at, "a required property of the record is missing.");
        }
    }
}
