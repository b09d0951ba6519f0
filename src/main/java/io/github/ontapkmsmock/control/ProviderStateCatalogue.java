package io.github.ontapkmsmock.control;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.awskms.AwsKmsService;
import io.github.ontapkmsmock.azure.AzureKeyVaultService;
import io.github.ontapkmsmock.control.StateDefinition.Parameter;
import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.CertificateEntry;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.keymanager.KeyManagerService;
import io.github.ontapkmsmock.model.AwsKmsCreate;
import io.github.ontapkmsmock.model.AzureKeyVaultConfigurationCreate;
import io.github.ontapkmsmock.model.AzureKeyVaultCreate;
import io.github.ontapkmsmock.model.SecurityKeyManagerCertificateInput;
import io.github.ontapkmsmock.model.SecurityKeyManagerCreate;
import io.github.ontapkmsmock.model.SecurityKeyManagerExternalCreate;
import io.github.ontapkmsmock.model.SecurityKeyManagerExternalServerCreate;
import io.github.ontapkmsmock.model.SecurityKeyManagerOnboardCreate;
import io.github.ontapkmsmock.model.SvmReference;
import io.github.ontapkmsmock.ontap.errors.ErrorCatalogue;
import io.github.ontapkmsmock.ontap.faults.FaultRule;
import io.github.ontapkmsmock.ontap.faults.FaultRules;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.faults.Reachability;
import io.github.ontapkmsmock.ontap.faults.Reachability.KeyService;
import io.github.ontapkmsmock.ontap.jobs.JobPlan;
import io.github.ontapkmsmock.ontap.jobs.JobRegistry;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.state.RecordUuids;
import io.github.ontapkmsmock.ontap.state.StateLock;

/**
 * The Pact provider states a consumer can ask for, each built through the families' services as a client's requests
 * would build it (so every rule applies), answering the values a pact may inject with {@code fromProviderState}.
 * {@link ProviderStates} resets the mock before the first state of an interaction.
 */
@ApplicationScoped
public class ProviderStateCatalogue {

    public static final String RESET = "the mock is reset";
    public static final String VERSION = "the cluster runs ONTAP <version>";
    public static final String UNREACHABLE = "<service> is unreachable";
    public static final String AWS_KMS = "an AWS KMS configuration exists";
    public static final String AZURE_KEY_VAULT = "an Azure Key Vault configuration exists";
    public static final String EXTERNAL_KEY_MANAGER = "an external key manager exists";
    public static final String ONBOARD_KEY_MANAGER = "an onboard key manager exists";
    public static final String NO_KEY_MANAGER = "SVM <svm_name> has no key manager";
    public static final String JOB = "a job exists";
    public static final String FAULT = "fault <code> is armed for <operation_id>";

    /** The AWS and Azure credentials of what the states create: never shown, like every secret. */
    static final String SECRET = "provider-state-secret";
    /**
     * The onboard key manager's passphrase when the state is given none: the catalogue lists it as the parameter's
     * default (docs/pact.md too), since a consumer that changes it must send it as {@code existing_passphrase}.
     */
    static final String PASSPHRASE = "provider-state-passphrase-0123456789";
    /** The key of the 9.17.1 page's example (003:40-42). */
    static final String AZURE_KEY_ID =
            "https://keyvault-test.vault.azure.net/keys/key1/a8e619fd8f234db3b0b95c59540e2a74";
    static final String AZURE_VAULT = "https://mykeyvault.vault.azure.net/";
    static final String INACTIVE_CONFIGURATION = "provider-state-configuration";
    static final String DEFAULT_SVM = "vs0";
    static final String DEFAULT_KEY_SERVER = "10.225.89.33:5696";

    private final Map<String, StateDefinition> states = new LinkedHashMap<>();
    private final Inventory inventory;
    private final RecordUuids uuids;
    private final AwsKmsService awsKms;
    private final AzureKeyVaultService azure;
    private final KeyManagerService keyManagers;

    @Inject
    public ProviderStateCatalogue(StateLock lock, Inventory inventory, RecordUuids uuids, VersionControl version,
            Reachability reachability, FaultRules faults, JobRegistry jobs, OntapSpec spec,
            ErrorCatalogue errors, AwsKmsService awsKms, AzureKeyVaultService azure,
            KeyManagerService keyManagers) {
        this.inventory = inventory;
        this.uuids = uuids;
        this.awsKms = awsKms;
        this.azure = azure;
        this.keyManagers = keyManagers;
        add(RESET, "The seeded state: no key manager of any family, no fault rule, the configured release.", List.of(),
                List.of(), params -> Map.of());
        add(VERSION, "The emulated ONTAP release (9.6 or later), as PUT /_mock/version sets it.",
                List.of(new Parameter("version", "the release, as 9.13.1", null)), List.of("version"), params -> {
                    lock.write(() -> version.set(params.required("version")));
                    return Map.of("version", version.current().toString());
                });
        add(UNREACHABLE, "A key service unreachable from one node or all, as PUT /_mock/reachability marks it.",
                List.of(new Parameter("service", "amazon (AWS KMS), azure (Azure Key Vault), ekmip (the embedded KMIP servers) or kmip "
                        + "(external key managers' key servers)", null), new Parameter("node", "node UUID or name; every node when absent", null)),
                List.of(), params -> {
                    KeyService service = KeyService.named(params.required("service"), "params.service");
                    Optional<String> node = params.optional("node")
                            .map(n -> ReachabilityResource.node(inventory, n, "params.node").uuid());
                    lock.write(() -> reachability.mark(service, node, false));
                    return Map.of();
                });
        add(AWS_KMS, "An AWS KMS configuration for a data SVM, created as POST /api/security/aws-kms creates it.",
                List.of(uuidParameter(), new Parameter("svm_name", "the data SVM", DEFAULT_SVM),
                        new Parameter("key_id", null, "kmip-aws"), new Parameter("region", null, "us-east-1"),
                        new Parameter("access_key_id", null, "AK7ATC35ZXU6GKUDQURT")),
                List.of("uuid", "svm_name"), this::awsKms);
        add(AZURE_KEY_VAULT, "An Azure Key Vault configuration, created as POST /api/security/azure-key-vaults "
                + "creates it; enabled false makes an inactive one (create_inactive, ONTAP 9.14 and later).",
                List.of(uuidParameter(), new Parameter("svm_name", "the data SVM; the cluster scope when absent", null),
                        new Parameter("key_id", null, AZURE_KEY_ID), new Parameter("name", "the vault", AZURE_VAULT),
                        new Parameter("client_id", null, "client1"), new Parameter("tenant_id", null, "tenant1"),
                        new Parameter("enabled", "false: an inactive configuration", "true"),
                        new Parameter("configuration_name", "of an inactive configuration", INACTIVE_CONFIGURATION)),
                List.of("uuid", "svm_name"), this::azureKeyVault);
        add(EXTERNAL_KEY_MANAGER, "An external (KMIP) key manager with its key servers, with the SVM's installed "
                + "client and server-CA certificates.",
                List.of(uuidParameter(), new Parameter("svm_name", "the data SVM; the cluster scope when absent", null),
                        new Parameter("servers", "host:port of each key server, a list (order kept)",
                                DEFAULT_KEY_SERVER)),
                List.of("uuid", "svm_name"), this::externalKeyManager);
        add(ONBOARD_KEY_MANAGER, "The cluster's onboard key manager.",
                List.of(uuidParameter(), new Parameter("passphrase", "32 to 256 characters", PASSPHRASE)),
                List.of("uuid"), params -> {
                    var body = new SecurityKeyManagerCreate().onboard(new SecurityKeyManagerOnboardCreate()
                            .passphrase(params.optional("passphrase").orElse(PASSPHRASE)));
                    return Map.of("uuid", uuids.creating(params.uuid(), () -> keyManagers.create(body)).uuid());
                });
        add(NO_KEY_MANAGER, "The SVM (the admin SVM for the cluster) has no key manager of any family: one an "
                + "earlier state of the interaction created is deleted.",
                List.of(new Parameter("svm_name", "the SVM", null)), List.of("svm_name", "svm_uuid"),
                this::noKeyManager);
        add(FAULT, "The next call of the operation (operation_id as GET /_mock/errors lists it) fails with the code "
                + "documented for it; the call after succeeds.",
                List.of(new Parameter("code", "a code documented for the operation", null),
                        new Parameter("operation_id", null, null),
                        new Parameter("job", "true: the request is accepted and its job fails (asynchronous "
                                + "operations)", "false"),
                        new Parameter("target", "the error's target", null)),
                List.of("fault_id"), params -> {
                    FaultRule rule = new FaultRule(null, Optional.empty(), Optional.empty(),
                            Optional.of(params.required("operation_id")), Optional.of(params.required("code")),
                            params.optional("target"), params.bool("job").orElse(false), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.of(1), Optional.empty(), OptionalLong.empty());
                    return Map.of("fault_id", faults.add(rule).rule().id());
                });
        add(JOB, "A finished job, as an asynchronous operation leaves one, for a pact that polls "
                + "/api/cluster/jobs/{uuid}.",
                List.of(uuidParameter(), new Parameter("operation_id", "the operation that started it", null),
                        new Parameter("code", "the code it failed with; it succeeded when absent", null),
                        new Parameter("description", null, "provider-state job")),
                List.of("uuid"), params -> {
                    var operation = params.optional("operation_id").map(id -> spec.operation(id).orElseThrow(
                            () -> MockErrors.refused("params.operation_id", "\"" + id + "\" is not an operation of "
                                    + "the ONTAP spec (see GET /_mock/errors).")));
                    var failure = params.optional("code").map(code -> errors.resolve(operation, code));
                    // finished at once, whatever ontap-mock.jobs.duration makes the clients' jobs last
                    var finished = new JobPlan(Optional.of(Duration.ZERO), failure);
                    var job = uuids.creating(params.uuid(), () -> jobs.start(params.optional("description")
                            .orElse("provider-state job"), operation, finished, () -> {
                            }));
                    return Map.of("uuid", job.uuid());
                });
    }

    /** The states, in the order docs/pact.md lists them. */
    public List<StateDefinition> all() {
        return List.copyOf(states.values());
    }

    /** The state a name selects, with the parameters its name gives. */
    Optional<Selected> find(String name) {
        StateDefinition exact = states.get(name);
        if (exact != null) {
            return Optional.of(new Selected(exact, Map.of()));
        }
        return states.values().stream().flatMap(s -> s.match(name).map(p -> new Selected(s, p)).stream())
                .findFirst();
    }

    record Selected(StateDefinition state, Map<String, Object> params) {
    }

    private void add(String name, String description, List<Parameter> parameters, List<String> answers,
            Function<StateParams, Map<String, Object>> setup) {
        states.put(name, new StateDefinition(name, description, parameters, answers, setup));
    }

    private static Parameter uuidParameter() {
        return new Parameter("uuid", "the record's UUID; a random one when absent", null);
    }

    private Map<String, Object> awsKms(StateParams params) {
        SvmEntry svm = svm(params.optional("svm_name", "svm").orElse(DEFAULT_SVM));
        AwsKmsCreate body = new AwsKmsCreate().svm(new SvmReference().name(svm.name()))
                .region(params.optional("region").orElse("us-east-1"))
                .keyId(params.optional("key_id").orElse("kmip-aws"))
                .accessKeyId(params.optional("access_key_id").orElse("AK7ATC35ZXU6GKUDQURT")).secretAccessKey(SECRET);
        String uuid = uuids.creating(params.uuid(), () -> awsKms.create(body)).uuid();
        return created(uuid, svm);
    }

    private Map<String, Object> azureKeyVault(StateParams params) {
        SvmEntry svm = svm(params.optional("svm_name", "svm").orElse(inventory.adminSvm().name()));
        boolean inactive = !params.bool("enabled").orElse(true);
        AzureKeyVaultCreate body = new AzureKeyVaultCreate().keyId(params.optional("key_id").orElse(AZURE_KEY_ID))
                .name(params.optional("name").orElse(AZURE_VAULT))
                .clientId(params.optional("client_id").orElse("client1"))
                .tenantId(params.optional("tenant_id").orElse("tenant1")).clientSecret(SECRET);
        Optional<String> configuration = params.optional("configuration_name")
                .or(() -> inactive ? Optional.of(INACTIVE_CONFIGURATION) : Optional.empty());
        configuration.ifPresent(name -> body._configuration(new AzureKeyVaultConfigurationCreate().name(name)));
        if (!svm.admin()) {
            body.svm(new SvmReference().name(svm.name()));
        }
        var record = uuids.creating(params.uuid(), () -> azure.prepareCreate(body, inactive));
        azure.create(record);
        return created(record.uuid(), svm);
    }

    private Map<String, Object> externalKeyManager(StateParams params) {
        SvmEntry svm = svm(params.optional("svm_name", "svm").orElse(inventory.adminSvm().name()));
        List<String> servers = params.list("servers").or(() -> params.list("server"))
                .orElse(List.of(DEFAULT_KEY_SERVER));
        SecurityKeyManagerCreate body = new SecurityKeyManagerCreate().external(new SecurityKeyManagerExternalCreate()
                .clientCertificate(certificate(svm, "client"))
                .serverCaCertificates(List.of(certificate(svm, "server_ca")))
                .servers(servers.stream().map(s -> new SecurityKeyManagerExternalServerCreate().server(s)).toList()));
        if (!svm.admin()) {
            body.svm(new SvmReference().name(svm.name()));
        }
        String uuid = uuids.creating(params.uuid(), () -> keyManagers.create(body)).uuid();
        return created(uuid, svm);
    }

    private Map<String, Object> noKeyManager(StateParams params) {
        SvmEntry svm = svm(params.required("svm_name"));
        awsKms.all().stream().filter(r -> r.svm().uuid().equals(svm.uuid())).forEach(r -> awsKms.delete(r.uuid()));
        azure.all().stream().filter(r -> r.svmUuid().equals(svm.uuid())).forEach(r -> azure.delete(r.uuid()));
        keyManagers.list().stream().filter(r -> r.svmUuid().equals(svm.uuid()))
                .forEach(r -> keyManagers.delete(r.uuid()));
        return Map.of("svm_name", svm.name(), "svm_uuid", svm.uuid());
    }

    /** What a created record's state answers; {@code svm} too, as pacts written for the former names use it. */
    private static Map<String, Object> created(String uuid, SvmEntry svm) {
        return Map.of("uuid", uuid, "svm_name", svm.name(), "svm", svm.name());
    }

    private SvmEntry svm(String name) {
        return inventory.svmByName(name).orElseThrow(() -> MockErrors.refused("params.svm_name",
                "the cluster has no SVM \"" + name + "\"."));
    }

    /** The SVM's own installed certificate of this type (the cluster's for the admin SVM). */
    private SecurityKeyManagerCertificateInput certificate(SvmEntry svm, String type) {
        CertificateEntry certificate = inventory.certificates().stream()
                .filter(c -> c.type().equals(type) && inventory.ownerOf(c).uuid().equals(svm.uuid())).findFirst()
                .orElseThrow(() -> MockErrors.refused("params.svm_name",
                        "the inventory has no " + type + " certificate for " + svm.name() + "."));
        return new SecurityKeyManagerCertificateInput().uuid(certificate.uuid());
    }
}
