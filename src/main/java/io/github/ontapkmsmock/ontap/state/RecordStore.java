package io.github.ontapkmsmock.ontap.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A family's stored records, immutable, in creation order, by key. Dumb on purpose: the rules live in the family's
 * service, which calls it under the {@link StateLock}. A record is replaced on update, never mutated, and keeps its
 * place in the order.
 */
public abstract class RecordStore<R> implements Resettable {

    private final Map<String, R> records = new LinkedHashMap<>();
    private final Function<R, String> key;

    protected RecordStore(Function<R, String> key) {
        this.key = key;
    }

    public List<R> all() {
        return List.copyOf(records.values());
    }

    public Optional<R> find(String recordKey) {
        return Optional.ofNullable(records.get(recordKey));
    }

    /** Adds a record, or replaces the stored one with the same key. */
    public void put(R record) {
        records.put(key.apply(record), record);
    }

    public void remove(String recordKey) {
        records.remove(recordKey);
    }

    /** The records as they are now: running the result puts them back. Call under the write lock. */
    public Runnable checkpoint() {
        Map<String, R> saved = new LinkedHashMap<>(records);
        return () -> {
            records.clear();
            records.putAll(saved);
        };
    }

    protected Stream<R> stream() {
        return records.values().stream();
    }

    @Override
    public void reset() {
        records.clear();
    }
}
