package io.github.ontapkmsmock.awskms;

import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.model.AwsKms;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.state.KeystoreConfiguration;
import io.github.ontapkmsmock.ontap.state.RecordSnapshot;
import io.github.ontapkmsmock.ontap.state.SnapshotJson;
import io.github.ontapkmsmock.ontap.state.StateSnapshot.Configuration;

/**
 * The {@code aws_kms} section of the state document: the stored configurations, the SVM as {@code {uuid, name}},
 * without {@code secret_access_key} and {@code proxy_password}. An imported configuration without its secret access
 * key keeps a placeholder.
 */
@Singleton
public class AwsKmsSnapshot extends RecordSnapshot<AwsKmsRecord> {

    private final Inventory inventory;
    private final AwsKmsMapper mapper;

    @Inject
    public AwsKmsSnapshot(AwsKmsStore store, Inventory inventory, SnapshotJson json, AwsKmsMapper mapper) {
        super(store, json, AwsKmsRecord.class, Set.of("secret_access_key", "proxy_password"), AwsKmsRecord::uuid);
        this.inventory = inventory;
        this.mapper = mapper;
    }

    @Override
    public String section() {
        return "aws_kms";
    }

    @Override
    protected ObjectNode exported(ObjectNode written, AwsKmsRecord record) {
        written.set("svm", JsonNodeFactory.instance.objectNode().put("uuid", record.svm().uuid())
                .put("name", record.svm().name()));
        return written;
    }

    @Override
    protected void prepare(ObjectNode entry, String at) {
        SvmEntry svm = inventory.svm(entry.path("svm").path("uuid").textValue(),
                entry.path("svm").path("name").textValue())
                .filter(s -> !s.admin())
                .orElseThrow(() -> MockErrors.refused(at + ".svm", "not a data SVM of the inventory."));
        entry.set("svm", json().tree(svm));
        if (!entry.hasNonNull("secret_access_key")) {
            entry.put("secret_access_key", SnapshotJson.SECRET_PLACEHOLDER);
        }
    }

    @Override
    protected void check(AwsKmsRecord record, String at) {
        require(record.region(), at + ".region");
        require(record.keyId(), at + ".key_id");
        require(record.accessKeyId(), at + ".access_key_id");
        rule(at + ".secret_access_key", () -> AwsKmsService.requireSecretAccessKey(record.secretAccessKey()));
        json().validate(mapper.toModel(record), at);
        json().validate(AwsKms.class, "secretAccessKey", record.secretAccessKey(), at);
        json().validate(AwsKms.class, "proxyPassword", record.proxyPassword(), at);
    }

    @Override
    protected Optional<Configuration> configuration(AwsKmsRecord record) {
        // An AWS KMS is always its SVM's enabled configuration (the AWS pages give it no inactive form).
        return Optional.of(Configuration.of(record.svm().uuid(), KeystoreConfiguration.active()));
    }

    private static void require(String value, String at) {
        if (value == null || value.isBlank()) {
            throw MockErrors.refused(at, "a required property of the record is missing.");
        }
    }
}
