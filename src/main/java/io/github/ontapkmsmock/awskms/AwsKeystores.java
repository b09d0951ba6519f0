package io.github.ontapkmsmock.awskms;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.ontap.state.KeystoreConfiguration;
import io.github.ontapkmsmock.ontap.state.KeystoreFamily;

/**
 * The AWS KMS configurations as keystores of type {@code aws}. The AWS pages (000, and 9.17.1's) give an AWS KMS
 * no {@code enabled} or {@code configuration}: each is its SVM's enabled configuration and cannot be made inactive.
 */
@ApplicationScoped
public class AwsKeystores implements KeystoreFamily {

    private final AwsKmsStore store;

    @Inject
    public AwsKeystores(AwsKmsStore store) {
        this.store = store;
    }

    @Override
    public List<Keystore> keystores() {
        return store.all().stream().map(AwsKeystores::keystore).toList();
    }

    @Override
    public List<Keystore> keystoresOf(String svmUuid) {
        return store.lookup("svm.uuid", List.of(svmUuid)).orElseThrow().stream().map(AwsKeystores::keystore).toList();
    }

    @Override
    public Optional<Keystore> keystore(String uuid) {
        return store.find(uuid).map(AwsKeystores::keystore);
    }

    private static Keystore keystore(AwsKmsRecord r) {
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
