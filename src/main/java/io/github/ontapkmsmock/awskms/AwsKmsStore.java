package io.github.ontapkmsmock.awskms;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.ontapkmsmock.ontap.state.KeyManagerHolder;
import io.github.ontapkmsmock.ontap.state.RecordStore;

/** The AWS KMS configurations; the rules live in {@link AwsKmsService}. */
@ApplicationScoped
public class AwsKmsStore extends RecordStore<AwsKmsRecord> implements KeyManagerHolder {

    public AwsKmsStore() {
        super(AwsKmsRecord::uuid);
    }

    @Override
    public Optional<String> keyManagerOf(String svmUuid) {
        return stream().filter(r -> r.svm().uuid().equals(svmUuid)).map(AwsKmsRecord::uuid).findFirst();
    }
}
