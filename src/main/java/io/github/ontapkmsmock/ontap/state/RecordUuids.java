package io.github.ontapkmsmock.ontap.state;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The UUIDs of new records: random, as ONTAP's are, unless a Pact provider state asks for a given one (a pact whose
 * paths hold literal UUIDs). The request goes to the next record created on the asking thread, through the family's
 * own create and its rules, so a state never writes a store directly.
 */
@ApplicationScoped
public class RecordUuids {

    private final ThreadLocal<String> requested = new ThreadLocal<>();

    /** The UUID of the record being created. */
    public String next() {
        String uuid = requested.get();
        requested.remove();
        return uuid != null ? uuid : UUID.randomUUID().toString();
    }

    /** Runs a create whose record gets this UUID (a random one when null). */
    public <T> T creating(String uuid, Supplier<T> create) {
        requested.set(uuid);
        try {
            return create.get();
        } finally {
            requested.remove();
        }
    }
}
