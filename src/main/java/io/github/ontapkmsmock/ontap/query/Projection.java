package io.github.ontapkmsmock.ontap.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.spec.FieldTree;

/**
 * ONTAP's {@code fields}: {@code *} is every property but the advanced ones, {@code **} is all of them, a list names
 * properties (nested as {@code svm.name}). The key fields and {@code _links} always come back.
 */
final class Projection {

    private static final String LINKS = "_links";

    private final FieldTree tree;
    private final boolean all;
    private final boolean advanced;
    private final Selection named;

    private Projection(FieldTree tree, boolean all, boolean advanced, Selection named) {
        this.tree = tree;
        this.all = all;
        this.advanced = advanced;
        this.named = named;
    }

    /**
     * @param fields        the request's {@code fields}, if it gave any
     * @param defaultToKeys a collection without {@code fields} answers with key fields only; an instance with all
     */
    static Projection of(FieldTree tree, Optional<List<String>> fields, boolean defaultToKeys) {
        if (fields.isEmpty()) {
            return new Projection(tree, !defaultToKeys, false, new Selection());
        }
        if (fields.get().isEmpty()) {
            return new Projection(tree, true, false, new Selection());
        }
        boolean all = false;
        boolean advanced = false;
        Selection named = new Selection();
        for (String field : fields.get()) {
            switch (field) {
                case "**" -> {
                    all = true;
                    advanced = true;
                }
                case "*" -> all = true;
                default -> {
                    if (tree.at(field).isEmpty()) {
                        throw CommonErrors.invalidValue("fields", "\"" + field + "\" is not a field of this record");
                    }
                    named.add(field.split("\\."), 0);
                }
            }
        }
        return new Projection(tree, all, advanced, named);
    }

    ObjectNode apply(JsonNode record) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        record.fields().forEachRemaining(e -> {
            String name = e.getKey();
            FieldTree child = tree.children().get(name);
            boolean isAdvanced = child != null && child.advanced();
            if (LINKS.equals(name)) {
                return; // last, as ONTAP writes it
            }
            if (tree.keys().contains(name)) {
                out.set(name, e.getValue());
            } else if (named.whole(name)) {
                // A named property comes whole, but for the advanced properties inside it (external.servers.
                // connectivity): those too must be named, or fields=**.
                out.set(name, advanced || child == null ? e.getValue() : withoutAdvanced(e.getValue(), child));
            } else if (named.has(name)) {
                JsonNode part = named.sub(name).select(e.getValue());
                if (part != null) {
                    out.set(name, part);
                }
            } else if (all && (advanced || !isAdvanced)) {
                out.set(name, advanced || child == null ? e.getValue() : withoutAdvanced(e.getValue(), child));
            }
        });
        if (record.has(LINKS)) {
            out.set(LINKS, record.get(LINKS));
        }
        return out;
    }

    private static JsonNode withoutAdvanced(JsonNode value, FieldTree tree) {
        if (tree.isLeaf()) {
            return value;
        }
        if (value.isArray()) {
            ArrayNode arr = JsonNodeFactory.instance.arrayNode();
            value.forEach(v -> arr.add(withoutAdvanced(v, tree)));
            return arr;
        }
        if (!value.isObject()) {
            return value;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        value.fields().forEachRemaining(e -> {
            FieldTree child = tree.children().get(e.getKey());
            if (child == null || !child.advanced()) {
                out.set(e.getKey(), child == null ? e.getValue() : withoutAdvanced(e.getValue(), child));
            }
        });
        return out;
    }

    /** The named fields as a tree: a name mapped to null is wanted whole. */
    private static final class Selection {
        private final Map<String, Selection> names = new LinkedHashMap<>();

        void add(String[] parts, int index) {
            String name = parts[index];
            if (index == parts.length - 1) {
                names.put(name, null);
            } else if (!names.containsKey(name) || names.get(name) != null) {
                names.computeIfAbsent(name, n -> new Selection()).add(parts, index + 1);
            }
        }

        boolean whole(String name) {
            return names.containsKey(name) && names.get(name) == null;
        }

        boolean has(String name) {
            return names.get(name) != null;
        }

        Selection sub(String name) {
            return names.get(name);
        }

        JsonNode select(JsonNode value) {
            if (value.isArray()) {
                ArrayNode arr = JsonNodeFactory.instance.arrayNode();
                value.forEach(v -> {
                    JsonNode s = select(v);
                    if (s != null) {
                        arr.add(s);
                    }
                });
                return arr;
            }
            if (!value.isObject()) {
                return null;
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            value.fields().forEachRemaining(e -> {
                if (whole(e.getKey())) {
                    out.set(e.getKey(), e.getValue());
                } else if (has(e.getKey())) {
                    JsonNode s = sub(e.getKey()).select(e.getValue());
                    if (s != null) {
                        out.set(e.getKey(), s);
                    }
                }
            });
            return out;
        }
    }
}
