package io.github.ontapkmsmock.keymanager;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An onboard or external key manager as stored. Exactly one of {@code external} and {@code onboard} is set: the seed
 * calls the two modes "mutually exclusive" (002 line 28).
 *
 * @param svmUuid the SVM the key manager belongs to: the admin SVM for one of cluster scope
 */
/* Stored records are written to and read from the state document by Jackson (native image too). */
@RegisterForReflection(targets = {
        KeyManagerRecord.class, KeyManagerRecord.Scope.class, KeyManagerRecord.External.class,
        KeyManagerRecord.Onboard.class })
public record KeyManagerRecord(String uuid, String svmUuid, Scope scope, External external, Onboard onboard) {

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
    }

    public boolean isExternal() {
        return external != null;
    }

    public boolean isOnboard() {
        return onboard != null;
    }

    public KeyManagerRecord withExternal(External newExternal) {
        return new KeyManagerRecord(uuid, svmUuid, scope, newExternal, null);
    }

    public KeyManagerRecord withOnboard(Onboard newOnboard) {
        return new KeyManagerRecord(uuid, svmUuid, scope, null, newOnboard);
    }
}
