package io.github.ontapkmsmock.ontap.state;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.faults.MockErrors;

/**
 * The section of the state document that holds a family's {@link RecordStore}: its records as JSON, secrets left
 * out. Import reads every record, checks it, refuses two records with one key, and replaces the store's content as
 * a whole; a family says only how its records differ.
 */
public abstract class RecordSnapshot<R> implements StateSnapshot {

    private final RecordStore<R> store;
    private final SnapshotJson json;
    private final Class<R> type;
    private final Set<String> secrets;
    private final Function<R, String> key;

    protected RecordSnapshot(RecordStore<R> store, SnapshotJson json, Class<R> type, Set<String> secrets,
            Function<R, String> key) {
        this.store = store;
        this.json = json;
        this.type = type;
        this.secrets = secrets;
        this.key = key;
    }

    /** How many records the cluster's store holds. */
    public int count(Cluster cluster) {
        return store.count(cluster);
    }

    @Override
    public JsonNode export() {
        ArrayNode records = json.array();
        store.all().forEach(r -> records.add(exported(json.write(r, secrets), r)));
        return records;
    }

    @Override
    public Restore restore(JsonNode section) {
        List<R> records = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<ObjectNode> entries = SnapshotJson.entries(section, section());
        for (int i = 0; i < entries.size(); i++) {
            String at = section() + "[" + i + "]";
            ObjectNode entry = entries.get(i).deepCopy();
            prepare(entry, at);
            R record = json.read(entry, type, at);
            check(record, at);
            configuration(record).filter(c -> !c.enabled()).ifPresent(c -> rule(at + ".configuration.name",
                    () -> KeystoreConfiguration.requireInactiveName(c.name())));
            String recordKey = key.apply(record);
            if (recordKey == null || recordKey.isBlank()) {
                throw MockErrors.refused(at, "a required property of the record is missing.");
            }
            if (!RecordUuids.isUuid(recordKey)) {
                throw MockErrors.refused(at + ".uuid", "not a UUID, as the key of every record is.");
            }
            if (!keys.add(recordKey)) {
                throw MockErrors.refused(at + ".uuid", "two records have this UUID.");
            }
            records.add(record);
        }
        return new Restore(() -> {
            store.reset();
            records.forEach(store::put);
        }, records.stream().flatMap(r -> configuration(r).stream()).toList(), records.stream().map(key).toList());
    }

    /** What the export adds to a written record (e.g. a derived property); the record itself by default. */
    protected ObjectNode exported(ObjectNode written, R record) {
        return written;
    }

    /**
     * Completes an imported entry before it is read, e.g. a placeholder for a secret the document leaves out (see
     * {@link SnapshotJson#SECRET_PLACEHOLDER}).
     */
    protected abstract void prepare(ObjectNode entry, String at);

    /**
     * Refuses a record the state could not hold (with {@code MockErrors.refused(at + ".field", why)}): one that the
     * API's own rules would refuse. Check it with the rule code the API uses ({@link #rule}), and its API form
     * with {@link SnapshotJson#validate}.
     */
    protected abstract void check(R record, String at);

    /** The keystore configuration this record is, if it is one (a key manager of any family). */
    protected abstract Optional<StateSnapshot.Configuration> configuration(R record);

    /**
     * Runs a rule of the API on an imported record: the error the API would answer becomes the import's 400,
     * naming the part of the document and the API's code.
     */
    protected static void rule(String at, Runnable check) {
        try {
            check.run();
        } catch (OntapException e) {
            throw MockErrors.refused(at, "the API refuses this with code " + e.code()
                    + e.explicitMessage().map(m -> " (" + m + ")").orElse("") + ".");
        }
    }

    protected SnapshotJson json() {
        return json;
    }
}
