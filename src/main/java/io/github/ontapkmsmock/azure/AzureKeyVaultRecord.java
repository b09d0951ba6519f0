package io.github.ontapkmsmock.azure;

import io.github.ontapkmsmock.ontap.state.KeystoreConfiguration;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One AKV configuration as the mock stores it, secrets included. Replaced on every change, never mutated.
 *
 * @param svmUuid the owning SVM: a data SVM, or the admin SVM for the cluster scope
 * @param name    the vault URL, as sent (ONTAP echoes even a malformed one, 003:70)
 */
/* Stored records are written to and read from the state document by Jackson (native image too). */
@RegisterForReflection(targets = {
        AzureKeyVaultRecord.class, AzureKeyVaultRecord.Scope.class, AzureKeyVaultRecord.AuthenticationMethod.class,
        AzureKeyVaultRecord.Credentials.class, AzureKeyVaultRecord.Connection.class, AzureKeyVaultRecord.Proxy.class,
        KeystoreConfiguration.class })
public record AzureKeyVaultRecord(
        String uuid,
        Scope scope,
        String svmUuid,
        String name,
        String keyId,
        Credentials credentials,
        Connection connection,
        Proxy proxy,
        KeystoreConfiguration configuration) {

    public enum Scope {
        svm, cluster
    }

    public enum AuthenticationMethod {
        client_secret, certificate
    }

    /** The Azure application ONTAP signs in as: a client secret or a PKCS#12 client certificate, never both. */
    public record Credentials(String clientId, String tenantId, String clientSecret, String clientCertificate) {

        public AuthenticationMethod method() {
            return clientCertificate != null ? AuthenticationMethod.certificate : AuthenticationMethod.client_secret;
        }
    }

    /** Where ONTAP reaches Azure (9.14 and later make these settable; older releases use these defaults). */
    public record Connection(int port, String oauthHost, String vaultHost, boolean verifyHost, boolean verifyIp) {

        public static final Connection DEFAULT = new Connection(443, "login.microsoftonline.com", "vault.azure.net",
                true, false);
    }

    /** The optional proxy; every part may be absent. */
    public record Proxy(String type, String host, Integer port, String username, String password) {

        public static final Proxy NONE = new Proxy(null, null, null, null, null);
    }

    public boolean enabled() {
        return configuration.enabled();
    }

    /** The configuration enabled or made inactive through {@code /api/security/key-stores}; it keeps its name. */
    public AzureKeyVaultRecord withEnabled(boolean nowEnabled) {
        return new AzureKeyVaultRecord(uuid, scope, svmUuid, name, keyId, credentials, connection, proxy,
                configuration.withEnabled(nowEnabled));
    }

    public AzureKeyVaultRecord withKeyId(String newKeyId) {
        return new AzureKeyVaultRecord(uuid, scope, svmUuid, name, newKeyId, credentials, connection, proxy,
                configuration);
    }

    public AzureKeyVaultRecord with(Credentials newCredentials, Connection newConnection, Proxy newProxy) {
        return new AzureKeyVaultRecord(uuid, scope, svmUuid, name, keyId, newCredentials, newConnection, newProxy,
                configuration);
    }
}
