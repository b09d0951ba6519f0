package io.github.ontapkmsmock.awskms;

import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An AWS KMS configuration as the mock stores it, secrets included, with the defaults ONTAP shows already filled in
 * (see {@link AwsKmsMapper#fromCreate}). Replaced on every change, never mutated.
 *
 * @param svm             the data SVM the configuration belongs to (ONTAP refuses the admin SVM)
 * @param secretAccessKey write-only: never returned, never logged
 * @param proxyPassword   write-only: never returned, never logged
 */
@RegisterForReflection
public record AwsKmsRecord(
        String uuid,
        SvmEntry svm,
        String region,
        String keyId,
        String accessKeyId,
        String secretAccessKey,
        String service,
        String defaultDomain,
        String host,
        Integer port,
        String proxyType,
        String proxyHost,
        Integer proxyPort,
        String proxyUsername,
        String proxyPassword,
        Integer pollingPeriod,
        Integer timeout,
        Boolean verify,
        Boolean verifyHost,
        Boolean verifyIp,
        String encryptionContext) {

    /** The configuration after rekey-external: the new key encryption key, everything else as it was. */
    public AwsKmsRecord withKeyId(String newKeyId) {
        return new AwsKmsRecord(uuid, svm, region, newKeyId, accessKeyId, secretAccessKey, service, defaultDomain,
                host, port, proxyType, proxyHost, proxyPort, proxyUsername, proxyPassword, pollingPeriod, timeout,
                verify, verifyHost, verifyIp, encryptionContext);
    }

    /** Without the secrets, so that a record that ends up in a log or an assertion message leaks nothing. */
    @Override
    public String toString() {
        return "AwsKmsRecord[uuid=" + uuid + ", svm=" + svm.name() + ", region=" + region + ", keyId=" + keyId
                + ", accessKeyId=" + accessKeyId + ", secrets redacted]";
    }
}
