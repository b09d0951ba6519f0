package io.github.ontapkmsmock.ontap.state;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The keystore configurations of every family, and the family holding each. Call under the {@link StateLock}. Only
 * {@link #all} reads every configuration; the questions of one SVM or one UUID ask the families' stores by key.
 */
@ApplicationScoped
public class Keystores {

    private final List<KeystoreFamily> families;

    @Inject
    public Keystores(@Any Instance<KeystoreFamily> families) {
        this.families = families.stream().toList();
    }

    public List<Keystore> all() {
        return families.stream().flatMap(f -> f.keystores().stream()).toList();
    }

    public Optional<Keystore> find(String uuid) {
        return families.stream().flatMap(f -> f.keystore(uuid).stream()).findFirst();
    }

    /**
     * The SVM's enabled configuration, of whatever family: its key manager. ONTAP allows one per SVM across every
     * family; a cluster-scoped one belongs to the admin SVM.
     */
    public Optional<Keystore> enabledOf(String svmUuid) {
        return ofSvm(svmUuid).filter(Keystore::enabled).findFirst();
    }

    /**
     * 65537589, "The specified configuration.name already exists on the given SVM" (003:1936-1938): the names of an
     * SVM's configurations are distinct whatever family holds them, as key-stores lists them together.
     */
    public void requireNameFree(String svmUuid, String name) {
        if (ofSvm(svmUuid).anyMatch(k -> k.name().equals(name))) {
            throw KeystoreConfiguration.nameExists();
        }
    }

    public void setEnabled(Keystore keystore, boolean enabled) {
        familyOf(keystore).setEnabled(keystore.uuid(), enabled);
    }

    public void remove(Keystore keystore) {
        familyOf(keystore).remove(keystore.uuid());
    }

    public boolean protectedBy(Keystore keystore, String passphrase) {
        return familyOf(keystore).protectedBy(keystore.uuid(), passphrase);
    }

    private Stream<Keystore> ofSvm(String svmUuid) {
        return families.stream().flatMap(f -> f.keystoresOf(svmUuid).stream());
    }

    private KeystoreFamily familyOf(Keystore keystore) {
        return families.stream().filter(f -> f.keystore(keystore.uuid()).isPresent()).findFirst().orElseThrow();
    }
}
