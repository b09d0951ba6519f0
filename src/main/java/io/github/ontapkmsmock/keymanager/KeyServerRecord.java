package io.github.ontapkmsmock.keymanager;

import java.util.Objects;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One key server of an external key manager, as stored: its address with port, I/O timeout and KMIP credentials.
 *
 * @param server   {@code host:port}, the port always present (5696 added when the client gave none)
 * @param password write-only: stored, never returned and never printed
 */
@RegisterForReflection
public record KeyServerRecord(String server, int timeout, String username, String password) {

    /** The timeout every key server of the seed's examples shows when none was given (002 lines 206, 492). */
    public static final int DEFAULT_TIMEOUT = 25;

    /** The username the seed's examples show when none was given: the empty string (002 lines 207, 493). */
    public static final String NO_USERNAME = "";

    public KeyServerRecord {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(username, "username");
    }

    public KeyServerRecord withTimeout(int newTimeout) {
        return new KeyServerRecord(server, newTimeout, username, password);
    }

    public KeyServerRecord withUsername(String newUsername) {
        return new KeyServerRecord(server, timeout, newUsername, password);
    }

    public KeyServerRecord withPassword(String newPassword) {
        return new KeyServerRecord(server, timeout, username, newPassword);
    }

    @Override
    public String toString() {
        return "KeyServerRecord[server=" + server + ", timeout=" + timeout + ", username=" + username
                + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
