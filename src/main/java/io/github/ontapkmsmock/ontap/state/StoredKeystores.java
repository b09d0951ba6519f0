package io.github.ontapkmsmock.ontap.state;

import java.util.List;
import java.util.Optional;

/**
 * A family whose keystores are the records of one store, which indexes them by {@code svm.uuid}: one SVM's
 * configurations and one UUID's are looked up, not read out of every configuration.
 *
 * @param <R> the stored record
 */
public interface StoredKeystores<R> extends KeystoreFamily {

    /** The family's store. */
    RecordStore<R> store();

    /** How a record shows as a keystore; its {@code svmUuid} is the one the store indexes as {@code svm.uuid}. */
    Keystore asKeystore(R record);

    @Override
    default List<Keystore> keystores() {
        return store().all().stream().map(this::asKeystore).toList();
    }

    @Override
    default List<Keystore> keystoresOf(String svmUuid) {
        return store().lookup("svm.uuid", List.of(svmUuid))
                .map(found -> found.stream().map(this::asKeystore).toList())
                .orElseGet(() -> KeystoreFamily.super.keystoresOf(svmUuid));
    }

    @Override
    default Optional<Keystore> keystore(String uuid) {
        return store().find(uuid).map(this::asKeystore);
    }
}
