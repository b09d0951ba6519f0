package io.github.ontapkmsmock.azure;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.azure.AzureKeyVaultRecord.Connection;
import io.github.ontapkmsmock.azure.AzureKeyVaultRecord.Credentials;
import io.github.ontapkmsmock.azure.AzureKeyVaultRecord.Proxy;
import io.github.ontapkmsmock.azure.AzureKeyVaultRecord.Scope;
import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.inventory.InventoryModels;
import io.github.ontapkmsmock.model.AzureKeyVault;
import io.github.ontapkmsmock.model.AzureKeyVaultAzureReachability;
import io.github.ontapkmsmock.model.AzureKeyVaultConfiguration;
import io.github.ontapkmsmock.ontap.state.KeystoreConfiguration;
import io.github.ontapkmsmock.model.AzureKeyVaultCreate;
import io.github.ontapkmsmock.model.AzureKeyVaultEkmipReachability;
import io.github.ontapkmsmock.model.AzureKeyVaultModify;
import io.github.ontapkmsmock.model.AzureKeyVaultState;
import io.github.ontapkmsmock.ontap.faults.Reachability.Status;
import io.github.ontapkmsmock.ontap.query.Listing;

/** Stored record to wire model (the full model, advanced properties included), and request models to records. */
@ApplicationScoped
public class AzureKeyVaultMapper {

    static final String PATH = "/api/security/azure-key-vaults";

    private final Inventory inventory;
    private final AzureReachability reachability;

    @Inject
    public AzureKeyVaultMapper(Inventory inventory, AzureReachability reachability) {
        this.inventory = inventory;
        this.reachability = reachability;
    }

    /**
     * Fields of the wire form ({@link #toModel}) read straight from a stored record, so that a collection filters
     * and sorts on them without rendering records: {@code svm} only of an SVM-scoped vault whose SVM the inventory has.
     */
    public Map<String, Function<? super AzureKeyVaultRecord, ?>> recordFields() {
        return Listing.uuidAndSvm(AzureKeyVaultRecord::uuid, this::svm);
    }

    private Optional<SvmEntry> svm(AzureKeyVaultRecord r) {
        return r.scope() == Scope.svm ? inventory.svmByUuid(r.svmUuid()) : Optional.empty();
    }

    public static String href(String uuid) {
        return PATH + "/" + uuid;
    }

    /**
     * The wire model; the secrets (client_secret, client_certificate, proxy_password) are never set on it. Inactive
     * configurations have no advanced properties (003:348-350).
     */
    public AzureKeyVault toModel(AzureKeyVaultRecord r) {
        AzureKeyVault model = new AzureKeyVault()
                .uuid(r.uuid())
                .scope(AzureKeyVault.ScopeEnum.fromValue(r.scope().name()))
                .name(r.name())
                .keyId(r.keyId())
                .clientId(r.credentials().clientId())
                .tenantId(r.credentials().tenantId())
                .authenticationMethod(AzureKeyVault.AuthenticationMethodEnum.fromValue(
                        r.credentials().method().name()))
                .port(r.connection().port())
                .oauthHost(r.connection().oauthHost())
                .vaultHost(r.connection().vaultHost())
                .verifyHost(r.connection().verifyHost())
                .verifyIp(r.connection().verifyIp())
                .proxyType(r.proxy().type())
                .proxyHost(r.proxy().host())
                .proxyPort(r.proxy().port())
                .proxyUsername(r.proxy().username())
                .enabled(r.enabled())
                ._configuration(new AzureKeyVaultConfiguration().name(r.configuration().name()).uuid(r.uuid()))
                .links(InventoryModels.self(href(r.uuid())));
        svm(r).map(InventoryModels::svmReference).ifPresent(model::svm);
        if (r.enabled()) {
            advanced(model);
        }
        return model;
    }

    private void advanced(AzureKeyVault model) {
        Status state = reachability.state();
        Status azure = reachability.azure();
        model.state(new AzureKeyVaultState().available(state.reachable()).code(state.code()).message(state.message()));
        model.azureReachability(new AzureKeyVaultAzureReachability().reachable(azure.reachable()).code(azure.code())
                .message(azure.message()));
        model.ekmipReachability(reachability.ekmip().stream().map(n -> new AzureKeyVaultEkmipReachability()
                .node(InventoryModels.nodeReference(n.node()))
                .reachable(n.status().reachable())
                .code(n.status().code())
                .message(n.status().message()))
                .toList());
    }

    /** A new record from a validated POST body. Connection settings not given take ONTAP's defaults. */
    public AzureKeyVaultRecord fromCreate(AzureKeyVaultCreate body, String uuid, Scope scope, String svmUuid,
            KeystoreConfiguration configuration) {
        Connection d = Connection.DEFAULT;
        Connection connection = new Connection(
                Optional.ofNullable(body.getPort()).orElse(d.port()),
                Optional.ofNullable(body.getOauthHost()).orElse(d.oauthHost()),
                Optional.ofNullable(body.getVaultHost()).orElse(d.vaultHost()),
                d.verifyHost(), d.verifyIp());
        return new AzureKeyVaultRecord(uuid, scope, svmUuid, body.getName(), body.getKeyId(),
                new Credentials(body.getClientId(), body.getTenantId(), body.getClientSecret(),
                        body.getClientCertificate()),
                connection,
                new Proxy(body.getProxyType(), body.getProxyHost(), body.getProxyPort(), body.getProxyUsername(),
                        body.getProxyPassword()),
                configuration);
    }

    /**
     * The record with a validated PATCH applied: what the body gives replaces what was stored. A new client
     * secret replaces the certificate and the reverse, which switches the authentication method.
     */
    public AzureKeyVaultRecord applyModify(AzureKeyVaultRecord r, AzureKeyVaultModify body) {
        Credentials c = r.credentials();
        boolean newSecret = body.getClientSecret() != null;
        boolean newCertificate = body.getClientCertificate() != null;
        Credentials credentials = new Credentials(
                or(body.getClientId(), c.clientId()),
                or(body.getTenantId(), c.tenantId()),
                newSecret ? body.getClientSecret() : newCertificate ? null : c.clientSecret(),
                newCertificate ? body.getClientCertificate() : newSecret ? null : c.clientCertificate());
        Connection n = r.connection();
        Connection connection = new Connection(
                or(body.getPort(), n.port()),
                or(body.getOauthHost(), n.oauthHost()),
                or(body.getVaultHost(), n.vaultHost()),
                or(body.getVerifyHost(), n.verifyHost()),
                or(body.getVerifyIp(), n.verifyIp()));
        Proxy p = r.proxy();
        Proxy proxy = new Proxy(
                or(body.getProxyType(), p.type()),
                or(body.getProxyHost(), p.host()),
                or(body.getProxyPort(), p.port()),
                or(body.getProxyUsername(), p.username()),
                or(body.getProxyPassword(), p.password()));
        return r.with(credentials, connection, proxy);
    }

    private static <T> T or(T given, T stored) {
        return given != null ? given : stored;
    }
}
