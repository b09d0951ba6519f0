package io.github.ontapkmsmock.awskms;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.inventory.InventoryModels;
import io.github.ontapkmsmock.model.AwsKms;
import io.github.ontapkmsmock.model.AwsKmsAmazonReachability;
import io.github.ontapkmsmock.model.AwsKmsCreate;
import io.github.ontapkmsmock.model.AwsKmsEkmipReachability;
import io.github.ontapkmsmock.model.AwsKmsModify;
import io.github.ontapkmsmock.model.AwsKmsState;
import io.github.ontapkmsmock.ontap.faults.Reachability;
import io.github.ontapkmsmock.ontap.query.Listing;
import io.github.ontapkmsmock.ontap.faults.Reachability.KeyService;
import io.github.ontapkmsmock.ontap.faults.Reachability.Status;

/** Stored AWS KMS configurations to wire models and back. Secrets go into records, never out of them. */
@ApplicationScoped
public class AwsKmsMapper {

    public static final String HREF = "/api/security/aws-kms/";

    // What ONTAP shows for a configuration created without these properties: 000 l.103-106 and l.148-151.
    static final String DEFAULT_SERVICE = "KMS";
    static final String DEFAULT_DOMAIN = "amazonaws.com";
    static final int DEFAULT_POLLING_PERIOD = 60;
    static final int DEFAULT_TIMEOUT = 10;
    // The seed's examples do not show these unset; the mock's choice: HTTPS's port (the value of the seed's example
    // record, 000 l.402), the AWS host verified by certificate and hostname but not by IP address.
    static final int DEFAULT_PORT = 443;
    static final boolean DEFAULT_VERIFY = true;
    static final boolean DEFAULT_VERIFY_HOST = true;
    static final boolean DEFAULT_VERIFY_IP = false;

    private final Reachability reachability;

    @Inject
    public AwsKmsMapper(Reachability reachability) {
        this.reachability = reachability;
    }

    /** A new configuration from a POST body, with the defaults ONTAP shows for what the body leaves out. */
    public AwsKmsRecord fromCreate(String uuid, SvmEntry svm, AwsKmsCreate c) {
        return new AwsKmsRecord(uuid, svm, c.getRegion(), c.getKeyId(), c.getAccessKeyId(), c.getSecretAccessKey(),
                or(c.getService(), DEFAULT_SERVICE), or(c.getDefaultDomain(), DEFAULT_DOMAIN), c.getHost(),
                or(c.getPort(), DEFAULT_PORT), c.getProxyType(), c.getProxyHost(), c.getProxyPort(),
                c.getProxyUsername(), c.getProxyPassword(), or(c.getPollingPeriod(), DEFAULT_POLLING_PERIOD),
                DEFAULT_TIMEOUT, DEFAULT_VERIFY, DEFAULT_VERIFY_HOST, DEFAULT_VERIFY_IP, c.getEncryptionContext());
    }

    /** The configuration after a PATCH: what the body gives replaces what was stored, the rest stays. */
    public AwsKmsRecord patched(AwsKmsRecord r, AwsKmsModify m) {
        return new AwsKmsRecord(r.uuid(), r.svm(), or(m.getRegion(), r.region()), r.keyId(),
                or(m.getAccessKeyId(), r.accessKeyId()), or(m.getSecretAccessKey(), r.secretAccessKey()),
                or(m.getService(), r.service()), or(m.getDefaultDomain(), r.defaultDomain()),
                or(m.getHost(), r.host()), or(m.getPort(), r.port()), or(m.getProxyType(), r.proxyType()),
                or(m.getProxyHost(), r.proxyHost()), or(m.getProxyPort(), r.proxyPort()),
                or(m.getProxyUsername(), r.proxyUsername()), or(m.getProxyPassword(), r.proxyPassword()),
                or(m.getPollingPeriod(), r.pollingPeriod()), or(m.getTimeout(), r.timeout()),
                or(m.getVerify(), r.verify()), or(m.getVerifyHost(), r.verifyHost()),
                or(m.getVerifyIp(), r.verifyIp()), or(m.getEncryptionContext(), r.encryptionContext()));
    }

    /**
     * Fields of the wire form ({@link #toModel}) read straight from a stored record, so that a collection filters
     * and sorts on them without rendering records.
     */
    public Map<String, Function<? super AwsKmsRecord, ?>> recordFields() {
        return Listing.uuidAndSvm(AwsKmsRecord::uuid, r -> Optional.of(r.svm()));
    }

    /** True when a PATCH body sets nothing (ONTAP answers 65537541). */
    public static boolean isEmpty(AwsKmsModify m) {
        return new AwsKmsModify().equals(m);
    }

    /** The full wire model, advanced properties included (the query layer drops what was not asked for). */
    public AwsKms toModel(AwsKmsRecord r) {
        AwsKms model = new AwsKms()
                .uuid(r.uuid())
                .scope(AwsKms.ScopeEnum.SVM)
                .svm(InventoryModels.svmReference(r.svm()))
                .region(r.region())
                .keyId(r.keyId())
                .accessKeyId(r.accessKeyId())
                .service(r.service())
                .defaultDomain(r.defaultDomain())
                .host(r.host())
                .port(r.port())
                .proxyType(r.proxyType())
                .proxyHost(r.proxyHost())
                .proxyPort(r.proxyPort())
                .proxyUsername(r.proxyUsername())
                .pollingPeriod(r.pollingPeriod())
                .timeout(r.timeout())
                .verify(r.verify())
                .verifyHost(r.verifyHost())
                .verifyIp(r.verifyIp())
                .encryptionContext(r.encryptionContext())
                .links(InventoryModels.self(HREF + r.uuid()));
        return withHealth(model);
    }

    /**
     * The record a POST answers with {@code return_records=true}: what the client sent (secrets left out), the new
     * UUID and the SVM, without the defaults a later GET shows (000 l.53-73).
     */
    public AwsKms createdModel(AwsKmsRecord r, AwsKmsCreate c) {
        return new AwsKms()
                .uuid(r.uuid())
                .svm(InventoryModels.svmReference(r.svm()))
                .region(c.getRegion())
                .keyId(c.getKeyId())
                .accessKeyId(c.getAccessKeyId())
                .service(c.getService())
                .defaultDomain(c.getDefaultDomain())
                .host(c.getHost())
                .port(c.getPort())
                .proxyType(c.getProxyType())
                .proxyHost(c.getProxyHost())
                .proxyPort(c.getProxyPort())
                .proxyUsername(c.getProxyUsername())
                .pollingPeriod(c.getPollingPeriod())
                .encryptionContext(c.getEncryptionContext())
                .links(InventoryModels.self(HREF + r.uuid()));
    }

    /**
     * The advanced properties {@code state}, {@code amazon_reachability} and {@code ekmip_reachability} (one entry
     * per node of the cluster), as the cluster's {@link Reachability} has them: healthy, code "0" and an empty
     * message (000 l.178-230), unless the control API made AWS KMS or the key servers unreachable from a node.
     */
    AwsKms withHealth(AwsKms model) {
        Status state = reachability.keyProtection(KeyService.AMAZON);
        Status amazon = reachability.serviceReachability(KeyService.AMAZON);
        return model
                .state(new AwsKmsState().clusterState(state.reachable()).code(state.code()).message(state.message()))
                .amazonReachability(new AwsKmsAmazonReachability().reachable(amazon.reachable()).code(amazon.code())
                        .message(amazon.message()))
                .ekmipReachability(reachability.ekmipReachability(KeyService.AMAZON).stream()
                        .map(n -> new AwsKmsEkmipReachability().reachable(n.status().reachable())
                                .code(n.status().code()).message(n.status().message())
                                .node(InventoryModels.nodeReference(n.node())))
                        .toList());
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
