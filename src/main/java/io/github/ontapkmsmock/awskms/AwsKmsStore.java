package io.github.ontapkmsmock.awskms;


import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.ontapkmsmock.ontap.state.RecordStore;

/** The AWS KMS configurations; the rules live in {@link AwsKmsService}. */
@ApplicationScoped
public class AwsKmsStore extends RecordStore<AwsKmsRecord> {

    public AwsKmsStore() {
        super(AwsKmsRecord::uuid, Map.of("uuid", AwsKmsRecord::uuid, "svm.uuid", r -> r.svm().uuid()));
    }
}
