package io.github.ontapkmsmock.ontap.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A family's stored records, immutable, in creation order, by key. Dumb on purpose: the rules live in the family's
 * service, which calls it under the {@link StateLock}. A record is replaced on update, never mutated, and keeps its
 * place in the order.
 *
 * <p>A store can keep indexes of fields (the record's {@code uuid}, its SVM's), so that a collection query naming
 * one value ({@code uuid=...}, {@code svm.name=vs1}) looks its records up instead of reading them all. An index
 * files a value without regard to case, as the query language compares text.
 */
public abstract class RecordStore<R> implements Resettable {

    private final Map<String, R> records = new LinkedHashMap<>();
    /** Each record's place in the creation order, so that a lookup answers in that order. */
    private final Map<String, Long> places = new HashMap<>();
    private long nextPlace;
    private final Function<R, String> key;
    private final Map<String, Function<R, String>> indexed;
    /** Per indexed field: the keys of the records by the field's value. */
    private final Map<String, Map<String, Set<String>>> indexes = new HashMap<>();

    protected RecordStore(Function<R, String> key) {
        this(key, Map.of());
    }

    /**
     * @param indexed the fields to index by their name in the wire form ({@code svm.uuid}), each with how to read
     *                it from a record (null when the record has none)
     */
    protected RecordStore(Function<R, String> key, Map<String, Function<R, String>> indexed) {
        this.key = key;
        this.indexed = Map.copyOf(indexed);
        this.indexed.keySet().forEach(field -> indexes.put(field, new HashMap<>()));
    }

    public List<R> all() {
        return List.copyOf(records.values());
    }

    public Optional<R> find(String recordKey) {
        return Optional.ofNullable(records.get(recordKey));
    }

    /**
     * The records whose field has one of these values (compared without regard to case), in creation order; empty
     * when the store keeps no index of the field.
     */
    public Optional<List<R>> lookup(String field, Collection<String> values) {
        Map<String, Set<String>> index = indexes.get(field);
        if (index == null) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        for (String value : values) {
            keys.addAll(index.getOrDefault(indexKey(value), Set.of()));
        }
        if (keys.size() > 1) {
            keys.sort(Comparator.comparingLong(places::get));
        }
        return Optional.of(keys.stream().distinct().map(records::get).toList());
    }

    /** Adds a record, or replaces the stored one with the same key. */
    public void put(R record) {
        String recordKey = key.apply(record);
        R replaced = records.put(recordKey, record);
        if (replaced != null) {
            unindex(recordKey, replaced);
        } else {
            places.put(recordKey, nextPlace++);
        }
        indexed.forEach((field, read) -> {
            String value = read.apply(record);
            if (value != null) {
                indexes.get(field).computeIfAbsent(indexKey(value), v -> new HashSet<>(2)).add(recordKey);
            }
        });
    }

    public void remove(String recordKey) {
        R removed = records.remove(recordKey);
        if (removed != null) {
            unindex(recordKey, removed);
            places.remove(recordKey);
        }
    }

    /** The records as they are now: running the result puts them back. Call under the write lock. */
    public Runnable checkpoint() {
        List<R> saved = List.copyOf(records.values());
        return () -> {
            clear();
            saved.forEach(this::put);
        };
    }

    protected Stream<R> stream() {
        return records.values().stream();
    }

    @Override
    public void reset() {
        clear();
    }

    private void clear() {
        records.clear();
        places.clear();
        indexes.values().forEach(Map::clear);
    }

    private void unindex(String recordKey, R record) {
        indexed.forEach((field, read) -> {
            String value = read.apply(record);
            if (value == null) {
                return;
            }
            Map<String, Set<String>> index = indexes.get(field);
            Set<String> keys = index.get(indexKey(value));
            if (keys != null && keys.remove(recordKey) && keys.isEmpty()) {
                index.remove(indexKey(value));
            }
        });
    }

    /** As the query language compares text: without regard to case (see {@code FieldFilter}). */
    private static String indexKey(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
