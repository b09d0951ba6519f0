package io.github.ontapkmsmock.awskms;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.ontap.state.RecordStore;
import io.github.ontapkmsmock.ontap.state.KeystoreConfiguration;
import io.github.ontapkmsmock.ontap.state.StoredKeystores;

/**
 * The AWS KMS configurations as keystores of type {@code aws}. The AWS pages (000, and 9.17.1's) give an AWS KMS
 * no {@code enabled} or {@code configuration}: each is its SVM's enabled configuration and cannot be made inactive.
 */
@ApplicationScoped
public class AwsKeystores implements StoredKeystores<AwsKmsRecord> {

    private final AwsKmsStore store;

    @Inject
    public AwsKeystores(AwsKmsStore store) {
        this.store = store;
    }

    @Override
    public RecordStore<AwsKmsRecord> store() {
        return store;
    }

    @Override
    public Keystore asKeystore(AwsKmsRecord r) {
        return new Keystore(r.uuid(), Keystore.Type.aws, r.svm().uuid(), false, KeystoreConfiguration.DEFAULT_NAME,
                true, AwsKmsMapper.HREF + r.uuid(), false);
    }

    /** Never called: an AWS KMS cannot be inactive ({@link Keystore#canBeInactive()} is false). */
    @Override
    public void setEnabled(String uuid, boolean enabled) {
        throw new IllegalStateException("An AWS KMS configuration cannot be made inactive.");
    }

    /** Never called: an AWS KMS is never inactive. */
    @Override
    public void remove(String uuid) {
        throw new IllegalStateException("An AWS KMS configuration is never inactive.");
    }
}
