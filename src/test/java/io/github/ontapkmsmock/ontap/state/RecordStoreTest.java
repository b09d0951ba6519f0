package io.github.ontapkmsmock.ontap.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The store's key lookups: what a collection query naming one uuid or SVM reads instead of every record. */
class RecordStoreTest {

    record Vault(String uuid, String svm, String name) {
    }

    static final class Vaults extends RecordStore<Vault> {
        Vaults() {
            super(Vault::uuid, Map.of("uuid", Vault::uuid, "svm.uuid", Vault::svm));
        }
    }

    private final Vaults store = new Vaults();

    private List<String> names(String field, String... values) {
        return store.lookup(field, List.of(values)).orElseThrow().stream().map(Vault::name).toList();
    }

    @Test
    void lookupFindsTheRecordsOfTheValuesInCreationOrder() {
        store.put(new Vault("u1", "svm-a", "first"));
        store.put(new Vault("u2", "svm-b", "second"));
        store.put(new Vault("u3", "svm-a", "third"));
        assertEquals(List.of("first", "third"), names("svm.uuid", "svm-a"));
        assertEquals(List.of("first", "second", "third"), names("svm.uuid", "svm-b", "svm-a"));
        assertEquals(List.of("second"), names("uuid", "u2"));
        assertEquals(List.of(), names("uuid", "u9"));
    }

    @Test
    void lookupComparesWithoutRegardToCaseAsFiltersDo() {
        store.put(new Vault("AbC-1", "SVM-A", "mixed"));
        assertEquals(List.of("mixed"), names("uuid", "abc-1"));
        assertEquals(List.of("mixed"), names("svm.uuid", "svm-a"));
    }

    @Test
    void aFieldWithoutIndexIsNoLookup() {
        store.put(new Vault("u1", "svm-a", "first"));
        assertEquals(Optional.empty(), store.lookup("name", List.of("first")));
    }

    @Test
    void aReplacedRecordKeepsItsPlaceAndIsFoundByItsNewValues() {
        store.put(new Vault("u1", "svm-a", "first"));
        store.put(new Vault("u2", "svm-a", "second"));
        store.put(new Vault("u1", "svm-b", "first, moved"));
        assertEquals(List.of("second"), names("svm.uuid", "svm-a"));
        assertEquals(List.of("first, moved", "second"), names("svm.uuid", "svm-b", "svm-a"));
        assertEquals(List.of("first, moved", "second"), store.all().stream().map(Vault::name).toList());
    }

    @Test
    void aRemovedRecordIsFoundNoMore() {
        store.put(new Vault("u1", "svm-a", "first"));
        store.put(new Vault("u2", "svm-a", "second"));
        store.remove("u1");
        assertEquals(List.of("second"), names("svm.uuid", "svm-a"));
        assertEquals(List.of(), names("uuid", "u1"));
    }

    @Test
    void lookupsFollowACheckpointPutBackAndAReset() {
        store.put(new Vault("u1", "svm-a", "first"));
        store.put(new Vault("u2", "svm-b", "second"));
        Runnable putBack = store.checkpoint();
        store.remove("u1");
        store.put(new Vault("u2", "svm-a", "second, moved"));
        store.put(new Vault("u3", "svm-a", "third"));
        putBack.run();
        assertEquals(List.of("first"), names("svm.uuid", "svm-a"));
        assertEquals(List.of("first", "second"), names("svm.uuid", "svm-a", "svm-b"));
        assertEquals(List.of(), names("uuid", "u3"));
        store.reset();
        assertEquals(List.of(), names("svm.uuid", "svm-a", "svm-b"));
        assertEquals(List.of(), store.all());
    }
}
