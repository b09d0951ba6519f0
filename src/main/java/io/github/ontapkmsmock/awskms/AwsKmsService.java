package io.github.ontapkmsmock.awskms;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.inventory.SvmReferences;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.model.AwsKmsCreate;
import io.github.ontapkmsmock.model.AwsKmsKey;
import io.github.ontapkmsmock.model.AwsKmsModify;
import io.github.ontapkmsmock.model.SvmReference;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.state.RecordUuids;
import io.github.ontapkmsmock.ontap.state.StateLock;
import io.github.ontapkmsmock.ontap.state.Keystores;

/**
 * The rules of {@code /api/security/aws-kms} (seed 000, ONTAP 9.14.1, and 001 for rekey-external). Each rule is
 * checked before anything changes, under the state lock, so a refused request leaves the state as it was.
 */
@ApplicationScoped
public class AwsKmsService {

    /** 000 l.851: the only POST code about the credentials themselves; the mock raises it for an empty secret. */
    static final String INVALID_SECRET_ACCESS_KEY = "65537900";
    /** 000 l.855. */
    static final String ADMIN_SVM_NOT_SUPPORTED = "65537908";
    /** 000 l.856: one key manager per SVM, whatever its kind (AWS, Azure, onboard, external KMIP). */
    static final String KEY_MANAGER_ALREADY_CONFIGURED = "65537910";
    /** 000 l.1733. */
    static final String NO_PATCH_INPUTS = "65537541";
    /** 000 l.1735. */
    static final String SECRET_ACCESS_KEY_EMPTY = "65537920";
    /** 000 l.1737. */
    static final String ACCESS_KEY_ID_EMPTY = "65537924";
    /**
     * 000 l.1048, l.1137, l.1221 (and for every other operation): the actions on an AWS KMS that does not exist.
     * Its text differs per operation; the catalogue gives each operation's own.
     */
    static final String NOT_CONFIGURED = "65537926";

    private final AwsKmsStore store;
    private final AwsKmsMapper mapper;
    private final Keystores keystores;
    private final SvmReferences svmReferences;
    private final StateLock lock;
    private final RecordUuids uuids;

    @Inject
    public AwsKmsService(AwsKmsStore store, AwsKmsMapper mapper, Keystores keystores,
            SvmReferences svmReferences, StateLock lock, RecordUuids uuids) {
        this.store = store;
        this.mapper = mapper;
        this.keystores = keystores;
        this.svmReferences = svmReferences;
        this.lock = lock;
        this.uuids = uuids;
    }

    public List<AwsKmsRecord> all() {
        return lock.read(store::all);
    }

    /** GET, PATCH and DELETE of an unknown UUID: 404, code "4", as ONTAP answers for an unknown key. */
    public AwsKmsRecord get(String uuid) {
        return lock.read(() -> existing(uuid));
    }

    /**
     * POST: the required properties (000 l.596-604; all but {@code svm} are enforced by the spec's schema), an
     * existing data SVM, and no other key manager for it.
     */
    public AwsKmsRecord create(AwsKmsCreate request) {
        requireNotEmpty("region", request.getRegion());
        requireNotEmpty("key_id", request.getKeyId());
        requireNotEmpty("access_key_id", request.getAccessKeyId());
        requireSecretAccessKey(request.getSecretAccessKey());
        return lock.write(() -> {
            SvmEntry svm = svm(request.getSvm());
            if (svm.admin()) {
                throw OntapException.documented(ADMIN_SVM_NOT_SUPPORTED).withTarget("svm");
            }
            if (keystores.enabledOf(svm.uuid()).isPresent()) {
                throw OntapException.documented(KEY_MANAGER_ALREADY_CONFIGURED).withTarget("svm");
            }
            AwsKmsRecord created = mapper.fromCreate(uuids.next(), svm, request);
            store.put(created);
            return created;
        });
    }

    /** PATCH: the optional properties of 000 l.1582-1603; svm, key_id, uuid and scope never reach here. */
    public void modify(String uuid, AwsKmsModify request) {
        lock.write(() -> {
            AwsKmsRecord current = existing(uuid);
            if (AwsKmsMapper.isEmpty(request)) {
                throw OntapException.documented(NO_PATCH_INPUTS);
            }
            if (request.getSecretAccessKey() != null && request.getSecretAccessKey().isEmpty()) {
                throw OntapException.documented(SECRET_ACCESS_KEY_EMPTY).withTarget("secret_access_key");
            }
            if (request.getAccessKeyId() != null && request.getAccessKeyId().isBlank()) {
                throw OntapException.documented(ACCESS_KEY_ID_EMPTY).withTarget("access_key_id");
            }
            // 000 l.563: "An error will be returned if 'skip_verify' is provided but 'access_key_id' is not." The
            // page names no code for it: ONTAP's common "invalid combination of fields".
            if (request.getSkipVerify() != null && request.getAccessKeyId() == null) {
                throw CommonErrors.invalidCombination(
                        "\"skip_verify\" can only be specified together with \"access_key_id\".", "skip_verify");
            }
            store.put(mapper.patched(current, request));
        });
    }

    public void delete(String uuid) {
        lock.write(() -> {
            existing(uuid);
            store.remove(uuid);
        });
    }

    /**
     * rekey-external (000 l.997-1048, 001): checks the request now and returns the job's work, which gives the
     * configuration its new key encryption key.
     */
    public Runnable rekeyExternal(String uuid, AwsKmsKey request) {
        requireNotEmpty("key_id", request.getKeyId());
        lock.read(() -> configured(uuid));
        return () -> store.put(configured(uuid).withKeyId(request.getKeyId()));
    }

    /** rekey-internal (000 l.1094-1137): re-keys the SVM's internal KEK; nothing the API shows changes. */
    public Runnable rekeyInternal(String uuid) {
        lock.read(() -> configured(uuid));
        return () -> configured(uuid);
    }

    /** restore (000 l.1178-1221): restores the SVM's keys from AWS KMS; nothing the API shows changes. */
    public Runnable restore(String uuid) {
        lock.read(() -> configured(uuid));
        return () -> configured(uuid);
    }

    /** 65537900 for an empty secret access key (000 l.851). The state import holds imported records to it too. */
    static void requireSecretAccessKey(String secretAccessKey) {
        if (secretAccessKey.isEmpty()) {
            throw OntapException.documented(INVALID_SECRET_ACCESS_KEY).withTarget("secret_access_key");
        }
    }

    private AwsKmsRecord existing(String uuid) {
        return store.find(uuid).orElseThrow(() -> CommonErrors.notFound("uuid"));
    }

    /** The actions address the configuration as {@code aws_kms.uuid}; when it is gone, ONTAP says so with 65537926. */
    private AwsKmsRecord configured(String uuid) {
        return store.find(uuid)
                .orElseThrow(() -> OntapException.documented(NOT_CONFIGURED).withTarget("aws_kms.uuid"));
    }

    /** {@code svm.uuid} or {@code svm.name} (000 l.600) of an existing SVM. */
    private SvmEntry svm(SvmReference svm) {
        return svmReferences.named(svm).orElseThrow(() -> CommonErrors.missingField("svm"));
    }

    private static void requireNotEmpty(String field, String value) {
        if (value.isBlank()) {
            throw CommonErrors.invalidValue(field, "the value cannot be empty");
        }
    }
}
