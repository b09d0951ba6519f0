package io.github.ontapkmsmock.ontap.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;

/**
 * A collection as a resource hands it to {@link OntapQuery}: its stored records and how to render one to its wire
 * model. Filters, {@code order_by} and paging run on the stored records, and only the records of the answer are
 * rendered: a field the family reads straight from the stored record ({@link #withFields}) costs no rendering, and a
 * filter naming one value of a field the store indexes ({@link #withLookup}) reads only the records it names.
 * Other fields are read from the one top-level property of the record's wire form that holds them, rendered alone
 * ({@link WireForms#part}) once per record, property and request.
 *
 * @param <R> the stored record
 */
public final class Listing<R> {

    private final Supplier<? extends Collection<R>> records;
    private final Function<? super R, ?> render;
    private final Map<String, Function<? super R, ?>> fields;
    private final BiFunction<String, Collection<String>, Optional<List<R>>> lookup;

    private Listing(Supplier<? extends Collection<R>> records, Function<? super R, ?> render,
            Map<String, Function<? super R, ?>> fields,
            BiFunction<String, Collection<String>, Optional<List<R>>> lookup) {
        this.records = records;
        this.render = render;
        this.fields = fields;
        this.lookup = lookup;
    }

    /** Records already in their wire form (a small collection, e.g. the inventory's nodes). */
    public static <M> Listing<M> of(Collection<M> models) {
        return of(() -> models, m -> m);
    }

    /**
     * @param records the stored records, in the collection's order (read under the state lock when asked for)
     * @param render  a record's full wire model, every property of the newest release
     */
    public static <R> Listing<R> of(Supplier<? extends Collection<R>> records, Function<? super R, ?> render) {
        return new Listing<>(records, render, Map.of(), (field, values) -> Optional.empty());
    }

    /**
     * Fields of the wire form read straight from the stored record, by dotted name ({@code svm.name}): a text, a
     * whole number, a boolean, a list of those, or null when the wire form has no such field. Each must read
     * exactly what the rendered record shows (the families' tests compare them).
     */
    public Listing<R> withFields(Map<String, Function<? super R, ?>> recordFields) {
        return new Listing<>(records, render, Map.copyOf(recordFields), lookup);
    }

    /**
     * A key lookup: the records whose field (a dotted name, e.g. {@code uuid} or {@code svm.uuid}) has one of the
     * values, compared without regard to case, in the collection's order; empty when the field has no index.
     */
    public Listing<R> withLookup(BiFunction<String, Collection<String>, Optional<List<R>>> keyLookup) {
        return new Listing<>(records, render, fields, keyLookup);
    }

    /**
     * The fields most queries name, as a family reads them from its records for {@link #withFields}: {@code uuid},
     * and {@code svm.uuid} and {@code svm.name} of the SVM the record shows (none for one of cluster scope).
     */
    public static <R> Map<String, Function<? super R, ?>> uuidAndSvm(Function<? super R, String> uuid,
            Function<? super R, Optional<SvmEntry>> svm) {
        return Map.of(
                "uuid", uuid,
                "svm.uuid", r -> svm.apply(r).map(SvmEntry::uuid).orElse(null),
                "svm.name", r -> svm.apply(r).map(SvmEntry::name).orElse(null));
    }

    Map<String, Function<? super R, ?>> fields() {
        return fields;
    }

    /** The records the lookup finds for the field's values; empty when the field has no index. */
    Optional<List<R>> lookup(String field, Collection<String> values) {
        return lookup.apply(field, values);
    }

    List<Row<R>> rows(Collection<R> selected, WireForms wireForms) {
        List<Row<R>> rows = new ArrayList<>(selected.size());
        selected.forEach(r -> rows.add(new Row<>(this, r, wireForms)));
        return rows;
    }

    List<Row<R>> rows(WireForms wireForms) {
        return rows(records.get(), wireForms);
    }

    /**
     * How a query reads a dotted field of its rows, as texts (several through arrays; none when absent), chosen
     * once per query: from the stored record when the family reads it there, else from the rendered record; from
     * the answered form when the emulated release lacks a property on the path.
     */
    Function<Row<R>, List<String>> reader(String field, WireForms wireForms) {
        if (wireForms.strips(field)) {
            return row -> JsonPaths.texts(row.wire(), field);
        }
        Function<? super R, ?> read = fields.get(field);
        if (read != null) {
            return row -> Row.texts(read.apply(row.record));
        }
        String[] path = JsonPaths.parts(field);
        return row -> JsonPaths.texts(row.part(path[0]), path);
    }

    /** How a query turns a rendered model into its wire form, for the emulated release. */
    interface WireForms {

        /** The wire form with every property of the newest release. */
        JsonNode tree(Object model);

        /** Leaves out of the wire form (in place) what the emulated release does not have. */
        void strip(JsonNode tree);

        /** Whether {@link #strip} leaves out a property on the dotted path. */
        boolean strips(String dottedPath);

        /**
         * An object holding the model's top-level property {@code name} exactly as {@link #tree} has it (or
         * nothing when the tree has none), for reading only: by default the whole tree.
         */
        default JsonNode part(Object model, String name) {
            return tree(model);
        }
    }

    /**
     * One record of the collection while a query runs: rendered when first needed, and left without what the
     * emulated release does not have only when answered. A field on whose path the release lacks nothing reads the
     * same either way; one where it does is read from the answered form.
     */
    static final class Row<R> {
        private final Listing<R> listing;
        private final R record;
        private final WireForms wireForms;
        private Object model;
        private JsonNode tree;
        private Map<String, JsonNode> parts;
        private boolean stripped;

        private Row(Listing<R> listing, R record, WireForms wireForms) {
            this.listing = listing;
            this.record = record;
            this.wireForms = wireForms;
        }

        /** The record as the emulated release shows it. */
        JsonNode wire() {
            JsonNode full = tree();
            if (!stripped) {
                wireForms.strip(full);
                stripped = true;
            }
            return full;
        }

        private JsonNode tree() {
            if (tree == null) {
                tree = wireForms.tree(model());
            }
            return tree;
        }

        private Object model() {
            if (model == null) {
                model = listing.render.apply(record);
            }
            return model;
        }

        /** The record's top-level property {@code name} as its full tree has it (the tree itself once rendered). */
        private JsonNode part(String name) {
            if (tree != null) {
                return tree;
            }
            if (parts == null) {
                parts = new HashMap<>(4);
            }
            return parts.computeIfAbsent(name, n -> wireForms.part(model(), n));
        }

        /** The values of a dotted field, as texts (see {@link Listing#reader}). */
        List<String> texts(String field) {
            return listing.reader(field, wireForms).apply(this);
        }

        /** A top-level property as text, null when absent (as {@code wire().path(name).asText(null)}). */
        String text(String name) {
            Function<? super R, ?> read = listing.fields.get(name);
            if (read != null && name.indexOf('.') < 0 && !wireForms.strips(name)) {
                Object value = read.apply(record);
                if (!(value instanceof Collection)) {
                    return value == null ? null : text(value);
                }
            }
            if (!wireForms.strips(name)) {
                return part(name).path(name).asText(null);
            }
            return wire().path(name).asText(null);
        }

        private static List<String> texts(Object value) {
            if (value == null) {
                return List.of();
            }
            if (value instanceof Collection<?> values) {
                return values.stream().filter(v -> v != null).map(Row::text).toList();
            }
            return List.of(text(value));
        }

        private static String text(Object value) {
            if (value instanceof String || value instanceof Integer || value instanceof Long
                    || value instanceof Boolean) {
                return value.toString();
            }
            throw new IllegalStateException("a record field reads as a text, a whole number or a boolean, not "
                    + value.getClass().getSimpleName());
        }
    }
}
