package io.github.ontapkmsmock.keymanager;

import java.util.List;
import java.util.Objects;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One key server of an external key manager, as stored: its address with port, I/O timeout and KMIP credentials.
 *
 * @param server              {@code host:port}, the port always present (5696 added when the client gave none)
 * @param password            write-only: stored, never returned and never printed
 * @param secondaryKeyServers the secondary key servers of this primary one (9.11 and later), in the order given
 * @param createRemoveTimeout the timeout of create and remove operations (9.14 and later)
 */
@RegisterForReflection
public record KeyServerRecord(String server, int timeout, String username, String password,
        List<String> secondaryKeyServers, Integer createRemoveTimeout) {

    /** The timeout every key server of the seed's examples shows when none was given (002 lines 206, 492). */
    public static final int DEFAULT_TIMEOUT = 25;

    /** The username the seed's examples show when none was given: the empty string (002 lines 207, 493). */
    public static final String NO_USERNAME = "";

    /** The create_remove_timeout every key server of the 9.17.1 examples shows (security_key_manager.txt). */
    public static final int DEFAULT_CREATE_REMOVE_TIMEOUT = 10;

    public KeyServerRecord {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(username, "username");
        secondaryKeyServers = secondaryKeyServers == null ? List.of() : List.copyOf(secondaryKeyServers);
        createRemoveTimeout = createRemoveTimeout == null ? DEFAULT_CREATE_REMOVE_TIMEOUT : createRemoveTimeout;
    }

    public KeyServerRecord(String server, int timeout, String username, String password) {
        this(server, timeout, username, password, List.of(), DEFAULT_CREATE_REMOVE_TIMEOUT);
    }

    public KeyServerRecord withTimeout(int newTimeout) {
        return new KeyServerRecord(server, newTimeout, username, password, secondaryKeyServers, createRemoveTimeout);
    }

    public KeyServerRecord withUsername(String newUsername) {
        return new KeyServerRecord(server, timeout, newUsername, password, secondaryKeyServers, createRemoveTimeout);
    }

    public KeyServerRecord withPassword(String newPassword) {
        return new KeyServerRecord(server, timeout, username, newPassword, secondaryKeyServers, createRemoveTimeout);
    }

    public KeyServerRecord withSecondaryKeyServers(List<String> servers) {
        return new KeyServerRecord(server, timeout, username, password, servers, createRemoveTimeout);
    }

    public KeyServerRecord withCreateRemoveTimeout(int newTimeout) {
        return new KeyServerRecord(server, timeout, username, password, secondaryKeyServers, newTimeout);
    }

    @Override
    public String toString() {
        return "KeyServerRecord[server=" + server + ", timeout=" + timeout + ", username=" + username
                + ", password=" + (password == null ? "none" : "***") + ", secondaryKeyServers=" + secondaryKeyServers
                + ", createRemoveTimeout=" + createRemoveTimeout + "]";
    }
}
