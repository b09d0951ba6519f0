package io.github.ontapkmsmock.ontap.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The property tree of a record schema, as the query language needs it: which dotted field names exist, which are
 * advanced (returned only when asked for), which are secrets (write-only: never returned, so never filtered or
 * ordered on) and which identify a record (returned when no {@code fields} is given).
 */
public final class FieldTree {

    private final Map<String, FieldTree> children;
    private final boolean advanced;
    private final boolean writeOnly;
    private final List<String> keys;

    FieldTree(Map<String, FieldTree> children, boolean advanced, boolean writeOnly, List<String> keys) {
        this.children = Collections.unmodifiableMap(new LinkedHashMap<>(children));
        this.advanced = advanced;
        this.writeOnly = writeOnly;
        this.keys = List.copyOf(keys);
    }

    public static FieldTree leaf(boolean advanced) {
        return new FieldTree(Map.of(), advanced, false, List.of());
    }

    public Map<String, FieldTree> children() {
        return children;
    }

    public boolean advanced() {
        return advanced;
    }

    /** A secret: it may be named in {@code fields} (and is left out), but a filter or order on it is refused. */
    public boolean writeOnly() {
        return writeOnly;
    }

    /** Top-level fields that identify a record; ONTAP returns them (and {@code _links}) whatever {@code fields} says. */
    public List<String> keys() {
        return keys;
    }

    /** The subtree at a dotted path such as {@code svm.name}, if the schema has it. */
    public Optional<FieldTree> at(String dottedPath) {
        FieldTree node = this;
        for (String part : dottedPath.split("\\.", -1)) {
            node = node.children.get(part);
            if (node == null) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }
}
