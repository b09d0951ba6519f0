package io.github.ontapkmsmock.keymanager;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.keymanager.KeyManagerRecord.External;
import io.github.ontapkmsmock.model.KeyServerCreate;
import io.github.ontapkmsmock.model.KeyServerCreateRecord;
import io.github.ontapkmsmock.model.KeyServerModify;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.state.StateLock;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;
import io.github.ontapkmsmock.ontap.version.IntroducedFields;

/**
 * The rules of {@code /api/security/key-managers/{uuid}/key-servers} (seed 002, overview examples, lines 414-570):
 * key servers belong to an external key manager, are kept in the order they were configured, and are the same list
 * the key manager shows as {@code external.servers} (both read the one stored record).
 */
@ApplicationScoped
public class KeyServerService {

    /** DELETE's {@code force} flag: "Introduced in: 9.11" (9.14.1 page). */
    static final String FORCE_SINCE = "9.11";

    private final KeyManagerStore store;
    private final KeyManagerService keyManagers;
    private final StateLock lock;
    private final EmulatedVersion version;
    private final IntroducedFields introduced;

    @Inject
    public KeyServerService(KeyManagerStore store, KeyManagerService keyManagers, StateLock lock,
            EmulatedVersion version, IntroducedFields introduced) {
        this.store = store;
        this.keyManagers = keyManagers;
        this.lock = lock;
        this.version = version;
        this.introduced = introduced;
    }

    /** The external key manager the key servers belong to, with its key servers in the order configured. */
    public KeyManagerRecord keyManager(String keyManagerUuid) {
        return lock.read(() -> external(keyManagerUuid));
    }

    public KeyServerRecord get(String keyManagerUuid, String server) {
        return lock.read(() -> existing(external(keyManagerUuid), server));
    }

    /**
     * Adds one key server ({@code server}) or several ({@code records}, "to add multiple key servers to the key
     * manager in a single API call", 002 line 446) after the configured ones; the total stays at most four.
     *
     * @return the added key servers, in the order given
     */
    public List<KeyServerRecord> add(String keyManagerUuid, KeyServerCreate body) {
        List<KeyServerRecord> added = requested(body);
        return lock.write(() -> {
            KeyManagerRecord keyManager = external(keyManagerUuid);
            List<KeyServerRecord> servers = new ArrayList<>(keyManager.external().servers());
            servers.addAll(added);
            KeyServerRules.check(servers, body.getRecords() != null ? "records" : "server");
            store.put(keyManager.withExternal(keyManager.external().withServers(servers)));
            return added;
        });
    }

    /**
     * Changes {@code timeout}, {@code username} and {@code password}, and from later releases
     * {@code secondary_key_servers} (the list given replaces the list kept) and {@code create_remove_timeout}; the
     * address is the key and cannot change.
     */
    public void modify(String keyManagerUuid, String server, KeyServerModify change) {
        introduced.refuseNewerInBody(change);
        Integer timeout = change.getTimeout() == null ? null : KeyServerRules.timeout(change.getTimeout(), "timeout");
        Integer createRemoveTimeout = change.getCreateRemoveTimeout() == null ? null
                : KeyServerRules.timeout(change.getCreateRemoveTimeout(), "create_remove_timeout");
        List<String> secondaries = change.getSecondaryKeyServers() == null ? null
                : KeyServerRules.secondaryKeyServers(change.getSecondaryKeyServers());
        lock.write(() -> {
            KeyManagerRecord keyManager = external(keyManagerUuid);
            KeyServerRecord updated = existing(keyManager, server);
            if (timeout != null) {
                updated = updated.withTimeout(timeout);
            }
            if (change.getUsername() != null) {
                updated = updated.withUsername(change.getUsername());
            }
            if (change.getPassword() != null) {
                updated = updated.withPassword(change.getPassword());
            }
            if (createRemoveTimeout != null) {
                updated = updated.withCreateRemoveTimeout(createRemoveTimeout);
            }
            if (secondaries != null) {
                updated = updated.withSecondaryKeyServers(secondaries);
            }
            store.put(replace(keyManager, updated.server(), List.of(updated)));
        });
    }

    /**
     * Removes a primary key server. {@code force} bypasses the out-of-quorum check; the mock's nodes are always in
     * quorum, so it changes nothing here (65536600 can be forced with the fault-injection headers).
     */
    public void delete(String keyManagerUuid, String server, boolean force) {
        if (force && !version.isAtLeast(FORCE_SINCE)) {
            throw CommonErrors.unexpectedArgument("force");
        }
        lock.write(() -> {
            KeyManagerRecord keyManager = external(keyManagerUuid);
            store.put(replace(keyManager, existing(keyManager, server).server(), List.of()));
        });
    }

    private KeyManagerRecord external(String keyManagerUuid) {
        return KeyManagerService.requireMode(keyManagers.existing(keyManagerUuid), true);
    }

    /**
     * The key server a path names, raw ({@code 10.0.0.5:5696}) or percent-encoded ({@code 10.0.0.5%3A5696}, the
     * form of the seed's links, line 436; JAX-RS has decoded it already), with or without the default port.
     */
    private static KeyServerRecord existing(KeyManagerRecord keyManager, String server) {
        return KeyServerRules.address(server).flatMap(keyManager.external()::server)
                .orElseThrow(() -> CommonErrors.notFound("server"));
    }

    private static KeyManagerRecord replace(KeyManagerRecord keyManager, String server,
            List<KeyServerRecord> replacement) {
        External external = keyManager.external();
        List<KeyServerRecord> servers = new ArrayList<>();
        for (KeyServerRecord s : external.servers()) {
            if (s.server().equals(server)) {
                servers.addAll(replacement);
            } else {
                servers.add(s);
            }
        }
        return keyManager.withExternal(external.withServers(servers));
    }

    private static List<KeyServerRecord> requested(KeyServerCreate body) {
        boolean single = body.getServer() != null || body.getTimeout() != null || body.getUsername() != null
                || body.getPassword() != null;
        if (body.getRecords() != null && single) {
            throw CommonErrors.invalidCombination(
                    "Field \"records\" cannot be specified together with the properties of a single key server.",
                    "records");
        }
        if (body.getRecords() == null) {
            return List.of(keyServer(body.getServer(), body.getTimeout(), body.getUsername(), body.getPassword(), ""));
        }
        if (body.getRecords().isEmpty()) {
            throw CommonErrors.missingField("records");
        }
        List<KeyServerRecord> servers = new ArrayList<>();
        for (KeyServerCreateRecord r : body.getRecords()) {
            if (r == null) {
                throw CommonErrors.missingField("records.server");
            }
            servers.add(keyServer(r.getServer(), r.getTimeout(), r.getUsername(), r.getPassword(), "records."));
        }
        return servers;
    }

    private static KeyServerRecord keyServer(String server, Integer timeout, String username, String password,
            String prefix) {
        if (server == null || server.isBlank()) {
            throw CommonErrors.missingField(prefix + "server");
        }
        return new KeyServerRecord(KeyServerRules.address(server, prefix + "server"),
                KeyServerRules.timeout(timeout, prefix + "timeout"),
                username == null ? KeyServerRecord.NO_USERNAME : username, password);
    }
}
