package io.github.ontapkmsmock.ontap.state;

import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The keystore configurations of every family, and the family holding each. Call under the {@link StateLock}. */
@ApplicationScoped
public class Keystores {

    private final Instance<KeystoreFamily> families;

    @Inject
    public Keystores(@Any Instance<KeystoreFamily> families) {
        this.families = families;
    }

    public List<Keystore> all() {
        return StreamSupport.stream(families.spliterator(), false).flatMap(f -> f.keystores().stream()).toList();
    }

    public Optional<Keystore> find(String uuid) {
        return all().stream().filter(k -> k.uuid().equals(uuid)).findFirst();
    }

    /**
     * The SVM's enabled configuration, of whatever family: its key manager. ONTAP allows one per SVM across every
     * family; a cluster-scoped one belongs to the admin SVM.
     */
    public Optional<Keystore> enabledOf(String svmUuid) {
        return all().stream().filter(k -> k.enabled() && k.svmUuid().equals(svmUuid)).findFirst();
    }

    /**
     * 65537589, "The specified configuration.name already exists on the given SVM" (003:1936-1938): the names of an
     * SVM's configurations are distinct whatever family holds them, as key-stores lists them together.
     */
    public void requireNameFree(String svmUuid, String name) {
        if (all().stream().anyMatch(k -> k.svmUuid().equals(svmUuid) && k.name().equals(name))) {
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

    private KeystoreFamily familyOf(Keystore keystore) {
        return StreamSupport.stream(families.spliterator(), false)
                .filter(f -> f.keystores().stream().anyMatch(k -> k.uuid().equals(keystore.uuid()))).findFirst()
                .orElseThrow();
    }
}
