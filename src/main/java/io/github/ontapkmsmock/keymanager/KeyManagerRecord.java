package io.github.ontapkmsmock.keymanager;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.ontapkmsmock.ontap.state.KeystoreConfiguration;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An onboard or external key manager as stored. Exactly one of {@code external} and {@code onboard} is set: the seed
 * calls the two modes "mutually exclusive" (002 line 28).
 *
 * @param svmUuid                           the SVM the key manager belongs to: the admin SVM for one of cluster scope
 * @param configuration                     the keystore configuration it is: enabled, or inactive under its name
 * @param policy                            the security policy given on POST (9.14 and later), or null
 * @param defaultDataAtRestEncryptionDisabled {@code is_default_data_at_rest_encryption_disabled} (9.7 and later)
 */
/* Stored records are written to and read from the state document by Jackson (native image too). */
@RegisterForReflection(targets = {
        KeyManagerRecord.class, KeyManagerRecord.Scope.class, KeyManagerRecord.External.class,
        KeyManagerRecord.Onboard.class, KeystoreConfiguration.class })
public record KeyManagerRecord(String uuid, String svmUuid, Scope scope, External external, Onboard onboard,
        KeystoreConfiguration configuration, String policy, boolean defaultDataAtRestEncryptionDisabled) {

    /** "svm" for key managers owned by a data SVM, otherwise "cluster" (the {@code scope} field, 002 line 796). */
    public enum Scope {
        CLUSTER, SVM
    }

    /**
     * External (KMIP) key management: certificates installed in the key manager's SVM, and up to four key servers in
     * the order they were configured.
     */
    public record External(String clientCertificate, List<String> serverCaCertificates,
            List<KeyServerRecord> servers) {

        public External {
            Objects.requireNonNull(clientCertificate, "clientCertificate");
            serverCaCertificates = List.copyOf(serverCaCertificates);
            servers = List.copyOf(servers);
        }

        public Optional<KeyServerRecord> server(String address) {
            return servers.stream().filter(s -> s.server().equalsIgnoreCase(address)).findFirst();
        }

        public External withServers(List<KeyServerRecord> newServers) {
            return new External(clientCertificate, serverCaCertificates, newServers);
        }

        public External withClientCertificate(String uuid) {
            return new External(uuid, serverCaCertificates, servers);
        }

        public External withServerCaCertificates(List<String> uuids) {
            return new External(clientCertificate, uuids, servers);
        }
    }

    /** Onboard key management, protected by the cluster-wide passphrase (write-only: never returned or printed). */
    public record Onboard(String passphrase) {

        public Onboard {
            Objects.requireNonNull(passphrase, "passphrase");
        }

        @Override
        public String toString() {
            return "Onboard[passphrase=***]";
        }
    }

    public KeyManagerRecord {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(svmUuid, "svmUuid");
        Objects.requireNonNull(scope, "scope");
        if ((external == null) == (onboard == null)) {
            throw new IllegalArgumentException("a key manager is either external or onboard");
        }
        // State documents written before keystore configurations existed hold enabled key managers only.
        configuration = configuration == null ? KeystoreConfiguration.active() : configuration;
    }

    /** A new enabled or inactive key manager with the defaults of the properties later releases added. */
    public static KeyManagerRecord of(String uuid, String svmUuid, Scope scope, External external, Onboard onboard,
            KeystoreConfiguration configuration, String policy) {
        return new KeyManagerRecord(uuid, svmUuid, scope, external, onboard, configuration, policy, false);
    }

    public boolean enabled() {
        return configuration.enabled();
    }

    public boolean isExternal() {
        return external != null;
    }

    public boolean isOnboard() {
        return onboard != null;
    }

    public KeyManagerRecord withExternal(External newExternal) {
        return new KeyManagerRecord(uuid, svmUuid, scope, newExternal, null, configuration, policy,
                defaultDataAtRestEncryptionDisabled);
    }

    public KeyManagerRecord withOnboard(Onboard newOnboard) {
        return new KeyManagerRecord(uuid, svmUuid, scope, null, newOnboard, configuration, policy,
                defaultDataAtRestEncryptionDisabled);
    }

    public KeyManagerRecord withDefaultDataAtRestEncryptionDisabled(boolean disabled) {
        return new KeyManagerRecord(uuid, svmUuid, scope, external, onboard, configuration, policy, disabled);
    }

    public KeyManagerRecord withEnabled(boolean nowEnabled) {
        return new KeyManagerRecord(uuid, svmUuid, scope, external, onboard, configuration.withEnabled(nowEnabled),
                policy, defaultDataAtRestEncryptionDisabled);
    }
}
