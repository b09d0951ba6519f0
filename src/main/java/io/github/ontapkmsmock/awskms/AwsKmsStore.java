package io.github.ontapkmsmock.awskms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.ontapkmsmock.ontap.state.KeyManagerHolder;
import io.github.ontapkmsmock.ontap.state.Resettable;

/**
 * The AWS KMS configurations, in creation order. Dumb on purpose: the rules live in {@link AwsKmsService}, which
 * calls it under the state lock.
 */
@ApplicationScoped
public class AwsKmsStore implements Resettable, KeyManagerHolder {

    private final Map<String, AwsKmsRecord> records = new LinkedHashMap<>();

    public List<AwsKmsRecord> all() {
        return List.copyOf(records.values());
    }

    public Optional<AwsKmsRecord> find(String uuid) {
        return Optional.ofNullable(records.get(uuid));
    }

    /** Adds a configuration, or replaces the one with the same UUID. */
    public void put(AwsKmsRecord record) {
        records.put(record.uuid(), record);
    }

    public void remove(String uuid) {
        records.remove(uuid);
    }

    @Override
    public Optional<String> keyManagerOf(String svmUuid) {
        return records.values().stream().filter(r -> r.svm().uuid().equals(svmUuid)).map(AwsKmsRecord::uuid)
                .findFirst();
    }

    @Override
    public void reset() {
        records.clear();
    }
}
