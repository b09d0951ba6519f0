package io.github.ontapkmsmock.ontap.version;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The properties of a record schema a release does not have, worked out once from the schema: for each property
 * name, leave it out, or look inside it. Applied to a record, it removes what the release does not have, as walking
 * the schema for every property of every record would, at the cost of a map lookup per property.
 */
public final class StripPlan {

    private static final StripPlan DROP = new StripPlan();

    /** Per property name: {@link #DROP}, or the plan of its value; absent when there is nothing to leave out in it. */
    private final Map<String, StripPlan> properties = new LinkedHashMap<>();

    private StripPlan() {
    }

    /**
     * @param schema   the record schema
     * @param property a property of a schema by name (through {@code $ref}, {@code allOf} and {@code items})
     * @param newer    whether a property is newer than the release
     * @param resolve  follows a {@code $ref}
     */
    static StripPlan of(JsonNode schema, BiFunction<JsonNode, String, Optional<JsonNode>> property,
            Predicate<JsonNode> newer, UnaryOperator<JsonNode> resolve) {
        Builder builder = new Builder(property, newer, resolve);
        return builder.pruned(builder.plan(schema));
    }

    /**
     * Whether the plan leaves out a property on the dotted path ({@code svm.name}: {@code svm} or {@code svm.name}),
     * so that the path's values in a record differ before and after {@link #strip}.
     */
    public boolean strips(String dottedPath) {
        StripPlan plan = this;
        for (String part : dottedPath.split("\\.", -1)) {
            plan = plan.properties.get(part);
            if (plan == null) {
                return false;
            }
            if (plan == DROP) {
                return true;
            }
        }
        return false;
    }

    /** Removes from the value, in place, what the plan leaves out. */
    public void strip(JsonNode value) {
        if (properties.isEmpty()) {
            return;
        }
        if (value.isArray()) {
            value.forEach(this::strip);
            return;
        }
        if (!(value instanceof ObjectNode object)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            StripPlan plan = properties.get(field.getKey());
            if (plan == DROP) {
                it.remove();
            } else if (plan != null) {
                plan.strip(field.getValue());
            }
        }
    }

    private static final class Builder {
        private final BiFunction<JsonNode, String, Optional<JsonNode>> property;
        private final Predicate<JsonNode> newer;
        private final UnaryOperator<JsonNode> resolve;
        /** Plans by schema node, so that a schema met twice (or inside itself) is planned once. */
        private final Map<JsonNode, StripPlan> planned = new IdentityHashMap<>();

        Builder(BiFunction<JsonNode, String, Optional<JsonNode>> property, Predicate<JsonNode> newer,
                UnaryOperator<JsonNode> resolve) {
            this.property = property;
            this.newer = newer;
            this.resolve = resolve;
        }

        StripPlan plan(JsonNode schema) {
            StripPlan existing = planned.get(schema);
            if (existing != null) {
                return existing;
            }
            StripPlan plan = new StripPlan();
            planned.put(schema, plan);
            Map<String, Boolean> names = new LinkedHashMap<>();
            collectNames(schema, names, 0);
            for (String name : names.keySet()) {
                // the property a record's field of this name is checked against, found as the record walk finds it
                property.apply(schema, name).ifPresent(found -> plan.properties.put(name,
                        newer.test(found) ? DROP : plan(found)));
            }
            return plan;
        }

        /** Leaves out of the plans the properties with nothing to leave out inside them. */
        StripPlan pruned(StripPlan plan) {
            prune(plan, new IdentityHashMap<>());
            return plan;
        }

        /** Whether the plan leaves anything out; a plan met again inside itself counts as leaving something out. */
        private static boolean prune(StripPlan plan, Map<StripPlan, Boolean> seen) {
            if (plan == DROP) {
                return true;
            }
            Boolean known = seen.get(plan);
            if (known != null) {
                return known;
            }
            seen.put(plan, Boolean.TRUE);
            plan.properties.values().removeIf(inner -> !prune(inner, seen));
            boolean drops = !plan.properties.isEmpty();
            seen.put(plan, drops);
            return drops;
        }

        /** Every property name of the schema: its own, its array items', its {@code allOf} parts'. */
        private void collectNames(JsonNode schema, Map<String, Boolean> names, int depth) {
            JsonNode resolved = resolve.apply(schema);
            if (resolved == null || depth > 32) {
                return;
            }
            if (resolved.has("items")) {
                collectNames(resolved.get("items"), names, depth + 1);
                return;
            }
            resolved.path("properties").fieldNames().forEachRemaining(n -> names.put(n, Boolean.TRUE));
            for (JsonNode part : resolved.path("allOf")) {
                collectNames(part, names, depth + 1);
            }
        }
    }
}
