package io.github.ontapkmsmock.testing;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.ontapkmsmock.ontap.state.Keystore;
import io.github.ontapkmsmock.ontap.state.KeystoreFamily;
import io.github.ontapkmsmock.ontap.state.Resettable;

/**
 * Stands in, in tests, for another family's keystore configurations, so that the key-stores view and the rules that
 * read it (one enabled key manager per SVM across families, CC mode's onboard passphrase) can be tested with any mix
 * of types from any package. Empty after every reset.
 */
@ApplicationScoped
public class StandInKeystores implements KeystoreFamily, Resettable {

    public static final String HREF = "/api/stand-in/";

    private final List<Keystore> keystores = new ArrayList<>();

    /** Adds a configuration; its href is {@link #HREF} and its UUID. */
    public synchronized Keystore add(String uuid, Keystore.Type type, String svmUuid, boolean cluster, String name,
            boolean enabled, boolean canBeInactive) {
        Keystore keystore = new Keystore(uuid, type, svmUuid, cluster, name, enabled, HREF + uuid, canBeInactive);
        keystores.add(keystore);
        return keystore;
    }

    @Override
    public synchronized List<Keystore> keystores() {
        return List.copyOf(keystores);
    }

    @Override
    public synchronized void setEnabled(String uuid, boolean enabled) {
        keystores.replaceAll(k -> k.uuid().equals(uuid) ? new Keystore(k.uuid(), k.type(), k.svmUuid(), k.cluster(),
                k.name(), enabled, k.href(), k.canBeInactive()) : k);
    }

    @Override
    public synchronized void remove(String uuid) {
        keystores.removeIf(k -> k.uuid().equals(uuid));
    }

    /** A stood-in configuration takes any passphrase: the onboard family's own test checks the real one. */
    @Override
    public boolean protectedBy(String uuid, String passphrase) {
        return true;
    }

    @Override
    public synchronized void reset() {
        keystores.clear();
    }
}
