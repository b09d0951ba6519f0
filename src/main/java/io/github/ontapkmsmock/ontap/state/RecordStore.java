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
 * service, which calls it under the {@link StateLock}. Each {@link Cluster} has its own records. A record is replaced on update, never mutated, and keeps its
 * place in the order.
 *
 * <p>A store can keep indexes of fields (the record's {@code uuid}, its SVM's), so that a collection query naming
 * one value ({@code uuid=...}, {@code svm.name=vs1}) looks its records up instead of reading them all. An index
 * files a value without regard to case, as the query language compares text.
 */
public abstract class RecordStore<R> implements Resettable {

    private final Function<R, String> key;
    private final Map<String, Function<R, String>> indexed;
    /** The records of each cluster. */
    private final PerCluster<Records<R>> perCluster = new PerCluster<>(this::emptyRecords);

    /** A cluster's records of the family, with their order and indexes. */
    private static final class Records<R> {
        private final Map<String, R> records = new LinkedHashMap<>();
        /** Each record's place in the creation order, so that a lookup answers in that order. */
        private final Map<String, Long> places = new HashMap<>();
        private long nextPlace;
        /** Per indexed field: the keys of the records by the field's value. */
        private final Map<String, Map<String, Set<String>>> indexes = new HashMap<>();
    }

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
    }

    private Records<R> emptyRecords() {
        Records<R> empty = new Records<>();
        indexed.keySet().forEach(field -> empty.indexes.put(field, new HashMap<>()));
        return empty;
    }

    /** How many records the cluster holds (0 when it never used the family). */
    public int count(Cluster cluster) {
        return perCluster.peek(cluster).map(r -> r.records.size()).orElse(0);
    }

    public List<R> all() {
        return List.copyOf(perCluster.get().records.values());
    }

    public Optional<R> find(String recordKey) {
        return Optional.ofNullable(perCluster.get().records.get(recordKey));
    }

    /**
     * The records whose field has one of these values (compared without regard to case), in creation order; empty
     * when the store keeps no index of the field.
     */
    public Optional<List<R>> lookup(String field, Collection<String> values) {
        Records<R> data = perCluster.get();
        Map<String, Set<String>> index = data.indexes.get(field);
        if (index == null) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        for (String value : values) {
            keys.addAll(index.getOrDefault(indexKey(value), Set.of()));
        }
        if (keys.size() > 1) {
            keys.sort(Comparator.comparingLong(data.places::get));
        }
        return Optional.of(keys.stream().distinct().map(data.records::get).toList());
    }

    /** Adds a record, or replaces the stored one with the same key. */
    public void put(R record) {
        put(perCluster.get(), record);
    }

    private void put(Records<R> data, R record) {
        String recordKey = key.apply(record);
        R replaced = data.records.put(recordKey, record);
        if (replaced != null) {
            unindex(data, recordKey, replaced);
        } else {
            data.places.put(recordKey, data.nextPlace++);
        }
        indexed.forEach((field, read) -> {
            String value = read.apply(record);
            if (value != null) {
                data.indexes.get(field).computeIfAbsent(indexKey(value), v -> new HashSet<>(2)).add(recordKey);
            }
        });
    }

    public void remove(String recordKey) {
        Records<R> data = perCluster.get();
        R removed = data.records.remove(recordKey);
        if (removed != null) {
            unindex(data, recordKey, removed);
            data.places.remove(recordKey);
        }
    }

    /** The records as they are now: running the result puts them back. Call under the write lock. */
    public Runnable checkpoint() {
        Records<R> data = perCluster.get();
        List<R> saved = List.copyOf(data.records.values());
        return () -> {
            clear(data);
            saved.forEach(record -> put(data, record));
        };
    }

    protected Stream<R> stream() {
        return perCluster.get().records.values().stream();
    }

    @Override
    public void reset() {
        clear(perCluster.get());
    }

    private static void clear(Records<?> data) {
        data.records.clear();
        data.places.clear();
        data.indexes.values().forEach(Map::clear);
    }

    private void unindex(Records<R> data, String recordKey, R record) {
        indexed.forEach((field, read) -> {
            String value = read.apply(record);
            if (value == null) {
                return;
            }
            Map<String, Set<String>> index = data.indexes.get(field);
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
