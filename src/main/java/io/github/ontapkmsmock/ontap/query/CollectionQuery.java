package io.github.ontapkmsmock.ontap.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedMap;

import io.github.ontapkmsmock.ontap.errors.CommonErrors;

/**
 * The query-language part of a request: {@code fields}, {@code order_by}, {@code max_records},
 * {@code return_records}, the paging cursor, and every other query parameter as a field filter.
 */
public record CollectionQuery(
        Optional<List<String>> fields,
        Map<String, FieldFilter> filters,
        List<OrderBy> orderBy,
        Optional<Integer> maxRecords,
        boolean returnRecords,
        Optional<Map.Entry<String, String>> start) {

    /** Query parameters that are not filters. */
    public static final Set<String> RESERVED = Set.of("fields", "max_records", "return_records", "return_timeout",
            "order_by");
    static final String START_PREFIX = "start.";

    public record OrderBy(String field, boolean descending) {
    }

    /**
     * @param notFilters further parameters the operation documents that are not filters (e.g. {@code create_inactive})
     */
    public static CollectionQuery parse(MultivaluedMap<String, String> params, Set<String> notFilters) {
        Optional<List<String>> fields = Optional.ofNullable(params.get("fields")).map(CollectionQuery::commaList);
        List<OrderBy> orderBy = new ArrayList<>();
        for (String entry : commaList(params.getOrDefault("order_by", List.of()))) {
            String[] words = entry.trim().split("\\s+");
            boolean desc = words.length > 1 && words[1].equalsIgnoreCase("desc");
            if (words.length > 2 || words.length > 1 && !desc && !words[1].equalsIgnoreCase("asc")) {
                throw CommonErrors.invalidValue("order_by", "expected \"<field> [asc|desc]\", got \"" + entry + "\"");
            }
            orderBy.add(new OrderBy(words[0], desc));
        }
        Optional<Integer> max = Optional.ofNullable(params.getFirst("max_records")).map(CollectionQuery::maxRecords);
        boolean returnRecords = Optional.ofNullable(params.getFirst("return_records"))
                .map(v -> bool("return_records", v)).orElse(true);
        Map<String, FieldFilter> filters = new LinkedHashMap<>();
        Optional<Map.Entry<String, String>> start = Optional.empty();
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            String name = p.getKey();
            if (RESERVED.contains(name) || notFilters.contains(name)) {
                continue;
            }
            if (name.startsWith(START_PREFIX)) {
                start = Optional.of(Map.entry(name.substring(START_PREFIX.length()), p.getValue().get(0)));
                continue;
            }
            if (p.getValue().size() > 1) {
                throw CommonErrors.givenTwice(name);
            }
            filters.put(name, FieldFilter.parse(p.getValue().get(0)));
        }
        return new CollectionQuery(fields, filters, List.copyOf(orderBy), max, returnRecords, start);
    }

    private static List<String> commaList(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            for (String part : v.split(",", -1)) {
                String t = part.trim();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static int maxRecords(String text) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw CommonErrors.invalidValue("max_records", "expected a whole number of at least 0, got \"" + text + "\"");
    }

    static boolean bool(String field, String text) {
        if ("true".equalsIgnoreCase(text) || "1".equals(text)) {
            return true;
        }
        if ("false".equalsIgnoreCase(text) || "0".equals(text)) {
            return false;
        }
        throw CommonErrors.invalidValue(field, "expected true or false, got \"" + text + "\"");
    }
}
