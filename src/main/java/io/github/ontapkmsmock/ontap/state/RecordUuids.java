package io.github.ontapkmsmock.ontap.state;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The UUIDs of new records: random, as ONTAP's are, unless a Pact provider state asks for a given one (a pact whose
 * paths hold literal UUIDs). The request goes to the next record created on the asking thread, through the family's
 * own create and its rules, so a state never writes a store directly.
 */
@ApplicationScoped
public class RecordUuids {

    /** ONTAP's form of a record UUID: 36 characters, lower- or upper-case hex digits in groups of 8-4-4-4-12. */
    private static final Pattern FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ThreadLocal<String> requested = new ThreadLocal<>();

    /** The UUID of the record being created. */
    public String next() {
        String uuid = requested.get();
        requested.remove();
        return uuid != null ? uuid : UUID.randomUUID().toString();
    }

    /** Whether the text is a UUID in ONTAP's form, as every record's key is. */
    public static boolean isUuid(String text) {
        return text != null && FORM.matcher(text).matches();
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
