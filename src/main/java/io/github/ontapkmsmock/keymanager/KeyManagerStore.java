package io.github.ontapkmsmock.keymanager;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.ontapkmsmock.ontap.state.KeyManagerHolder;
import io.github.ontapkmsmock.ontap.state.Resettable;

/**
 * The configured onboard and external key managers, in creation order, with their key servers inside. Dumb: the rules
 * are {@link KeyManagerService}'s and {@link KeyServerService}'s; callers hold the {@code StateLock}.
 */
@ApplicationScoped
public class KeyManagerStore implements Resettable, KeyManagerHolder {

    private final Map<String, KeyManagerRecord> byUuid = new LinkedHashMap<>();

    public List<KeyManagerRecord> all() {
        return List.copyOf(byUuid.values());
    }

    public Optional<KeyManagerRecord> get(String uuid) {
        return Optional.ofNullable(byUuid.get(uuid));
    }

    public Optional<KeyManagerRecord> bySvm(String svmUuid) {
        return byUuid.values().stream().filter(k -> k.svmUuid().equals(svmUuid)).findFirst();
    }

    /** Adds a key manager, or replaces the stored one with the same UUID (keeping its place in the order). */
    public void put(KeyManagerRecord keyManager) {
        byUuid.put(keyManager.uuid(), keyManager);
    }

    public void remove(String uuid) {
        byUuid.remove(uuid);
    }

    @Override
    public Optional<String> keyManagerOf(String svmUuid) {
        return bySvm(svmUuid).map(KeyManagerRecord::uuid);
    }

    @Override
    public void reset() {
        byUuid.clear();
    }
}
