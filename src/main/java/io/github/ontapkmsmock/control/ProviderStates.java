package io.github.ontapkmsmock.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.awskms.AwsKmsService;
import io.github.ontapkmsmock.azure.AzureKeyVaultService;
import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.CertificateEntry;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.keymanager.KeyManagerService;
import io.github.ontapkmsmock.model.AwsKmsCreate;
import io.github.ontapkmsmock.model.AzureKeyVaultCreate;
import io.github.ontapkmsmock.model.SecurityKeyManagerCertificateInput;
import io.github.ontapkmsmock.model.SecurityKeyManagerCreate;
import io.github.ontapkmsmock.model.SecurityKeyManagerExternalCreate;
import io.github.ontapkmsmock.model.SecurityKeyManagerExternalServerCreate;
import io.github.ontapkmsmock.model.SecurityKeyManagerOnboardCreate;
import io.github.ontapkmsmock.model.SvmReference;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.faults.Reachability;
import io.github.ontapkmsmock.ontap.faults.Reachability.KeyService;
import io.github.ontapkmsmock.ontap.state.MockState;
import io.github.ontapkmsmock.ontap.state.StateLock;

/**
 * The named Pact provider states. Each setup starts from the seeded state (so interactions never see each other's
 * data), then establishes its state through the families' services, as a client's requests would, and answers the
 * values a pact may inject ({@code uuid} of what it created).
 */
@ApplicationScoped
public class ProviderStates {

    public static final String SEEDED = "the cluster is in its seeded state";
    public static final String VERSION = "the cluster runs ONTAP version";
    public static final String UNREACHABLE = "a key service is unreachable";
    public static final String AWS_KMS = "an AWS KMS exists";
    public static final String AZURE_KEY_VAULT = "an Azure Key Vault exists";
    public static final String EXTERNAL_KEY_MANAGER = "an external key manager exists";
    public static final String ONBOARD_KEY_MANAGER = "an onboard key manager exists";

    /** Credentials of what the states create: never shown, like every secret. */
    static final String SECRET = "provider-state-secret";
    static final String PASSPHRASE = "provider-state-passphrase-0123456789";
    /** The key of the 9.17.1 page's example (003:40-42). */
    static final String AZURE_KEY_ID =
            "https://keyvault-test.vault.azure.net/keys/key1/a8e619fd8f234db3b0b95c59540e2a74";
    static final String DEFAULT_SVM = "vs0";
    static final String DEFAULT_KEY_SERVER = "10.225.89.33:5696";

    private final Map<String, Function<Map<String, Object>, Map<String, Object>>> setups = new LinkedHashMap<>();
    private final MockState state;
    private final Inventory inventory;

    @Inject
    public ProviderStates(MockState state, StateLock lock, Inventory inventory, VersionControl version,
            Reachability reachability, AwsKmsService awsKms, AzureKeyVaultService azure,
            KeyManagerService keyManagers) {
        this.state = state;
        this.inventory = inventory;
        setups.put(SEEDED, params -> Map.of());
        // params: version ("9.11.1")
        setups.put(VERSION, params -> {
            lock.write(() -> version.set(required(params, "version")));
            return Map.of("version", version.current().toString());
        });
        // params: service (amazon, azure, ekmip, kmip), node (UUID or name; every node when absent)
        setups.put(UNREACHABLE, params -> {
            KeyService service = KeyService.fromWireName(required(params, "service")).orElseThrow(
                    () -> MockErrors.refused("params.service", "service is amazon, azure, ekmip or kmip."));
            Optional<String> node = optional(params, "node")
                    .map(n -> ReachabilityResource.node(inventory, n, "params.node").uuid());
            lock.write(() -> reachability.mark(service, node, false));
            return Map.of();
        });
        // params: svm (name, default vs0)
        setups.put(AWS_KMS, params -> {
            SvmEntry svm = svm(params, DEFAULT_SVM);
            String uuid = awsKms.create(new AwsKmsCreate().svm(new SvmReference().name(svm.name()))
                    .region("us-east-1").keyId("kmip-aws").accessKeyId("AK7ATC35ZXU6GKUDQURT")
                    .secretAccessKey(SECRET)).uuid();
            return Map.of("uuid", uuid, "svm", svm.name());
        });
        // params: svm (name, default vs0; the admin SVM's name for the cluster scope)
        setups.put(AZURE_KEY_VAULT, params -> {
            SvmEntry svm = svm(params, DEFAULT_SVM);
            AzureKeyVaultCreate body = new AzureKeyVaultCreate().clientId("client1").tenantId("tenant1")
                    .name("https://mykeyvault.vault.azure.net/").keyId(AZURE_KEY_ID).clientSecret(SECRET);
            if (!svm.admin()) {
                body.svm(new SvmReference().name(svm.name()));
            }
            var record = azure.prepareCreate(body, false);
            azure.create(record);
            return Map.of("uuid", record.uuid(), "svm", svm.name());
        });
        // params: svm (name; the cluster when absent), server (host:port, default 10.225.89.33:5696)
        setups.put(EXTERNAL_KEY_MANAGER, params -> {
            SvmEntry svm = svm(params, inventory.adminSvm().name());
            SecurityKeyManagerCreate body = new SecurityKeyManagerCreate().external(
                    new SecurityKeyManagerExternalCreate()
                            .clientCertificate(certificate(svm, "client"))
                            .serverCaCertificates(List.of(certificate(svm, "server_ca")))
                            .servers(List.of(new SecurityKeyManagerExternalServerCreate()
                                    .server(optional(params, "server").orElse(DEFAULT_KEY_SERVER)))));
            if (!svm.admin()) {
                body.svm(new SvmReference().name(svm.name()));
            }
            return Map.of("uuid", keyManagers.create(body).uuid(), "svm", svm.name());
        });
        // params: passphrase (default provider-state-passphrase-0123456789)
        setups.put(ONBOARD_KEY_MANAGER, params -> {
            String uuid = keyManagers.create(new SecurityKeyManagerCreate().onboard(
                    new SecurityKeyManagerOnboardCreate().passphrase(optional(params, "passphrase").orElse(PASSPHRASE))))
                    .uuid();
            return Map.of("uuid", uuid);
        });
    }

    /** The names of the states, in the order docs/control-api.md lists them. */
    public List<String> names() {
        return List.copyOf(setups.keySet());
    }

    /** Resets, then establishes the state; the values a pact may use. */
    public Map<String, Object> setup(String name, Map<String, Object> params) {
        var setup = setups.get(name);
        if (setup == null) {
            throw MockErrors.refused("state", "unknown provider state \"" + name + "\"; known states: "
                    + String.join("; ", setups.keySet()) + ".");
        }
        state.reset();
        return setup.apply(params == null ? Map.of() : params);
    }

    public void teardown() {
        state.reset();
    }

    private SvmEntry svm(Map<String, Object> params, String defaultName) {
        String name = optional(params, "svm").orElse(defaultName);
        return inventory.svmByName(name).orElseThrow(() -> MockErrors.refused("params.svm",
                "the cluster has no SVM \"" + name + "\"."));
    }

    /** The SVM's own installed certificate of this type (the cluster's for the admin SVM). */
    private SecurityKeyManagerCertificateInput certificate(SvmEntry svm, String type) {
        CertificateEntry certificate = inventory.certificates().stream()
                .filter(c -> c.type().equals(type) && inventory.ownerOf(c).uuid().equals(svm.uuid())).findFirst()
                .orElseThrow(() -> MockErrors.refused("params.svm",
                        "the inventory has no " + type + " certificate for " + svm.name() + "."));
        return new SecurityKeyManagerCertificateInput().uuid(certificate.uuid());
    }

    private static Optional<String> optional(Map<String, Object> params, String name) {
        return Optional.ofNullable(params.get(name)).map(String::valueOf);
    }

    private static String required(Map<String, Object> params, String name) {
        return optional(params, name).orElseThrow(() -> MockErrors.refused("params." + name,
                "this provider state needs the parameter \"" + name + "\"."));
    }
}
