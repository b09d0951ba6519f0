package io.github.ontapkmsmock.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.state.StateLock;
import io.github.ontapkmsmock.ontap.state.StateSnapshot;

/**
 * The whole state of the caller's cluster as one JSON document, a section per {@link StateSnapshot}: exported under the read lock;
 * imported all or nothing (every section is read and checked first, then all are applied under the write lock).
 */
@ApplicationScoped
public class StateDocuments {

    /** The mock's own sections first, then the families' in name order. */
    private static final List<String> FIRST = List.of("version", "reachability", "faults");

    private final Instance<StateSnapshot> snapshots;
    private final StateLock lock;

    @Inject
    public StateDocuments(@Any Instance<StateSnapshot> snapshots, StateLock lock) {
        this.snapshots = snapshots;
        this.lock = lock;
    }

    public ObjectNode export() {
        return lock.read(() -> {
            ObjectNode document = JsonNodeFactory.instance.objectNode();
            sections().forEach(s -> document.set(s.section(), s.export()));
            return document;
        });
    }

    /** Replaces the state with the document; a bad document answers 400 and changes nothing. */
    public void importDocument(ObjectNode document) {
        Map<String, StateSnapshot> known = new TreeMap<>();
        sections().forEach(s -> known.put(s.section(), s));
        document.fieldNames().forEachRemaining(name -> {
            if (!known.containsKey(name)) {
                throw MockErrors.refused(name, "\"" + name + "\" is not a section of the state document; its sections: "
                        + String.join(", ", known.keySet()) + ".");
            }
        });
        List<StateSnapshot.Restore> restores = new ArrayList<>();
        Map<String, String> keyManagerOwners = new HashMap<>();
        Map<List<String>, String> configurationNames = new HashMap<>();
        Map<String, String> uuidOwners = new HashMap<>();
        for (StateSnapshot snapshot : sections()) {
            JsonNode section = document.has(snapshot.section()) ? document.get(snapshot.section())
                    : MissingNode.getInstance();
            StateSnapshot.Restore restore = read(snapshot, section);
            for (StateSnapshot.Configuration configuration : restore.configurations()) {
                String svm = configuration.svmUuid();
                String first = configuration.enabled() ? keyManagerOwners.putIfAbsent(svm, snapshot.section())
                        : configurationNames.putIfAbsent(List.of(svm, configuration.name()), snapshot.section());
                if (first != null) {
                    throw MockErrors.refused(snapshot.section(), configuration.enabled()
                            ? "SVM " + svm + " would have two key managers (" + first + " and "
                                    + snapshot.section() + "); ONTAP allows one per SVM."
                            : "SVM " + svm + " would have two keystore configurations named \""
                                    + configuration.name() + "\" (" + first + " and " + snapshot.section()
                                    + "); ONTAP's names are distinct per SVM.");
                }
            }
            for (int i = 0; i < restore.uuids().size(); i++) {
                String first = uuidOwners.putIfAbsent(restore.uuids().get(i), snapshot.section());
                if (first != null) {
                    throw MockErrors.refused(snapshot.section() + "[" + i + "].uuid", "a record of " + first
                            + " has this UUID already; the API gives every record a UUID of its own.");
                }
            }
            restores.add(restore);
        }
        lock.write(() -> restores.forEach(r -> r.apply().run()));
    }

    private static StateSnapshot.Restore read(StateSnapshot snapshot, JsonNode section) {
        try {
            return snapshot.restore(section);
        } catch (OntapException e) {
            throw e;
        } catch (RuntimeException e) {
            // the message of a parsing failure may quote the document, and so a secret: only the section is named
            throw MockErrors.refused(snapshot.section(), "the section \"" + snapshot.section() + "\" is not valid.");
        }
    }

    private List<StateSnapshot> sections() {
        List<StateSnapshot> all = new ArrayList<>();
        snapshots.forEach(all::add);
        all.sort(Comparator.comparingInt((StateSnapshot s) -> {
            int i = FIRST.indexOf(s.section());
            return i < 0 ? FIRST.size() : i;
        }).thenComparing(StateSnapshot::section));
        return all;
    }
}
