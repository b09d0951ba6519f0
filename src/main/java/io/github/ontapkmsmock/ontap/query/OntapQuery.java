package io.github.ontapkmsmock.ontap.query;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.http.OntapRequest;
import io.github.ontapkmsmock.ontap.spec.FieldTree;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.version.IntroducedFields;
import io.github.ontapkmsmock.ontap.version.StripPlan;

/**
 * Answers a GET the ONTAP way: the request's query language applied to the records a resource hands over (a
 * collection as a {@link Listing} of stored records, one record as its generated wire model), in ONTAP's collection
 * envelope or as one record. Record shapes (fields, advanced properties, keys) come from the spec operation the
 * request addresses.
 */
@RequestScoped
public class OntapQuery {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String SVM_NAME = "svm.name";
    private static final String SVM_UUID = "svm.uuid";

    private final UriInfo uriInfo;
    private final OntapRequest request;
    private final ObjectMapper mapper;
    private final OntapSpec spec;
    private final Inventory inventory;
    private final IntroducedFields introduced;
    private final ModelProperties properties;
    private StripPlan newer;

    @Inject
    public OntapQuery(UriInfo uriInfo, OntapRequest request, ObjectMapper mapper, OntapSpec spec,
            Inventory inventory, IntroducedFields introduced, ModelProperties properties) {
        this.uriInfo = uriInfo;
        this.request = request;
        this.mapper = mapper;
        this.spec = spec;
        this.inventory = inventory;
        this.introduced = introduced;
        this.properties = properties;
    }

    /** A collection GET: 200 with {@code records}, {@code num_records} and {@code _links}. */
    public Response collection(Listing<?> listing) {
        return collection(listing, Map.of());
    }

    /**
     * A collection GET whose NetApp page documents some filters under other names than the record's fields.
     *
     * @param filterAliases documented filter name to the field it filters on, e.g. {@code ekmip_reachability.name}
     *                      to {@code ekmip_reachability.node.name}
     */
    public Response collection(Listing<?> listing, Map<String, String> filterAliases) {
        return Response.ok(collectionBody(listing, filterAliases)).build();
    }

    /**
     * The collection envelope for these records under the request's query language. Only the records of the page
     * are rendered; {@code return_records=false} renders none.
     */
    public <R> ObjectNode collectionBody(Listing<R> listing, Map<String, String> filterAliases) {
        FieldTree tree = tree();
        CollectionQuery query = CollectionQuery.parse(uriInfo.getQueryParameters(), Set.of());
        List<Listing.Row<R>> matching = matching(listing, query, filterAliases);
        Projection projection = Projection.of(tree, query.fields(), true);

        ObjectNode body = JSON.objectNode();
        ObjectNode links = JSON.objectNode();
        links.set("self", href(selfHref()));
        if (!query.returnRecords()) {
            body.put("num_records", matching.size());
            body.set("_links", links);
            return body;
        }
        int from = query.start().map(s -> startIndex(matching, s)).orElse(0);
        int to = query.maxRecords().map(m -> Math.min(matching.size(), from + m)).orElse(matching.size());
        ArrayNode records = body.putArray("records");
        matching.subList(from, to).forEach(r -> records.add(projection.apply(r.wire())));
        body.put("num_records", records.size());
        if (to < matching.size()) {
            links.set("next", href(nextHref(tree, matching.get(to), to)));
        }
        body.set("_links", links);
        return body;
    }

    /**
     * The records the query's filters select, in its {@code order_by}: what a collection GET lists and what a
     * query-based PATCH or DELETE applies to. Filters and {@code order_by} must name fields of the record. The
     * filters read the stored records where the listing can, and their wire form otherwise.
     */
    <R> List<Listing.Row<R>> matching(Listing<R> listing, CollectionQuery query, Map<String, String> filterAliases) {
        FieldTree tree = tree();
        introduced.refuseNewerInQuery();
        List<Map.Entry<String, FieldFilter>> filters = query.filters().entrySet().stream()
                .map(f -> Map.entry(filterAliases.getOrDefault(f.getKey(), f.getKey()), f.getValue())).toList();
        filters.forEach(f -> {
            // a filter on a secret would compare (and echo in _links) a value the mock never returns
            if (tree.at(f.getKey()).filter(t -> !t.writeOnly()).isEmpty()) {
                throw CommonErrors.unexpectedArgument(f.getKey());
            }
        });
        requireNamedSvmExists(query);
        query.orderBy().forEach(o -> {
            if (tree.at(o.field()).filter(t -> !t.writeOnly()).isEmpty()) {
                throw CommonErrors.invalidValue("order_by", "\"" + o.field() + "\" is not a field of this record");
            }
        });
        List<Map.Entry<Function<Listing.Row<R>, List<String>>, FieldFilter>> readers = filters.stream()
                .map(f -> Map.entry(listing.reader(f.getKey(), wireForms), f.getValue())).toList();
        List<Listing.Row<R>> matching = new ArrayList<>();
        for (Listing.Row<R> row : candidates(listing, filters)) {
            if (readers.stream().allMatch(f -> f.getValue().matches(f.getKey().apply(row)))) {
                matching.add(row);
            }
        }
        return query.orderBy().isEmpty() ? matching : ordered(listing, matching, query.orderBy());
    }

    /**
     * The records the filters can select: those a key lookup finds for a filter naming one value of an indexed
     * field ({@code uuid=...}, or {@code svm.name=vs1} through the index of {@code svm.uuid}), else every record.
     * The filters still decide, so a lookup may find more than they select, never less.
     */
    private <R> List<Listing.Row<R>> candidates(Listing<R> listing, List<Map.Entry<String, FieldFilter>> filters) {
        for (Map.Entry<String, FieldFilter> filter : filters) {
            Optional<String> value = filter.getValue().indexableValue();
            if (value.isEmpty()) {
                continue;
            }
            Optional<List<R>> found = listing.lookup(filter.getKey(), List.of(value.get()));
            if (found.isEmpty() && SVM_NAME.equals(filter.getKey())) {
                found = listing.lookup(SVM_UUID, inventory.svmsNamedIgnoringCase(value.get()).stream()
                        .map(SvmEntry::uuid).toList());
            }
            if (found.isPresent()) {
                return listing.rows(found.get(), wireForms);
            }
        }
        return listing.rows(wireForms);
    }

    /**
     * A query naming one SVM that does not exist ({@code svm.name=vs9}) is an error in ONTAP, not an empty answer;
     * patterns ({@code vs*}) filter as usual.
     */
    private void requireNamedSvmExists(CollectionQuery query) {
        Optional.ofNullable(query.filters().get(SVM_NAME)).flatMap(FieldFilter::plainValue)
                .filter(name -> inventory.svms().stream().noneMatch(s -> s.name().equalsIgnoreCase(name)))
                .ifPresent(name -> {
                    throw CommonErrors.svmDoesNotExist(name, SVM_NAME);
                });
    }

    /** An instance GET: 200 with the record, narrowed by {@code fields}. */
    public Response record(Object model) {
        return Response.ok(recordBody(model)).build();
    }

    public ObjectNode recordBody(Object model) {
        CollectionQuery query = CollectionQuery.parse(uriInfo.getQueryParameters(), Set.of());
        introduced.refuseNewerInQuery();
        return Projection.of(tree(), query.fields(), false).apply(wireForm(model));
    }

    /**
     * A create: 201 with {@code Location}, and the new record in the collection envelope only when the client asked
     * for it with {@code return_records=true}.
     */
    public Response created(String location, Object model, Boolean returnRecords) {
        // As ONTAP writes it: a path, not an absolute URI (Response.created would resolve it against the base URI).
        Response.ResponseBuilder answer = Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION,
                location);
        if (Boolean.TRUE.equals(returnRecords)) {
            ObjectNode body = JSON.objectNode();
            body.put("num_records", 1);
            body.putArray("records").add(Projection.of(tree(), Optional.empty(), false).apply(wireForm(model)));
            answer.entity(body);
        }
        return answer.build();
    }

    /**
     * A record as the emulated release shows it: without the properties introduced after it. Write-only properties
     * are never in it: the families' mappers never set them.
     */
    private JsonNode wireForm(Object model) {
        JsonNode tree = fullTree(model);
        newer().strip(tree);
        return tree;
    }

    /** The wire form with every property of the newest release (a copy: the caller may change it). */
    private JsonNode fullTree(Object model) {
        return model instanceof JsonNode node ? node.deepCopy() : mapper.valueToTree(model);
    }

    /** What the emulated release does not have in this operation's records; looked up once per request. */
    private StripPlan newer() {
        if (newer == null) {
            newer = introduced.newerInRecords();
        }
        return newer;
    }

    /** Records' wire forms for the rows of a query (see {@link Listing.Row}). */
    private final Listing.WireForms wireForms = new Listing.WireForms() {
        @Override
        public JsonNode tree(Object model) {
            return fullTree(model);
        }

        @Override
        public void strip(JsonNode tree) {
            newer().strip(tree);
        }

        @Override
        public boolean strips(String dottedPath) {
            return newer().strips(dottedPath);
        }

        @Override
        public JsonNode part(Object model, String name) {
            return properties.part(model, name);
        }
    };

    public JsonNode toJson(Object model) {
        return model instanceof JsonNode node ? node : mapper.valueToTree(model);
    }

    FieldTree tree() {
        return request.operation().flatMap(op -> op.records().or(() -> spec.recordsAt(op.pathTemplate())))
                .orElseGet(() -> FieldTree.leaf(false));
    }

    /**
     * The rows in {@code order_by}: each row's sort values are read once. Records without the field sort last, as
     * ONTAP lists unset values after set ones (first with {@code desc}); the sort is stable.
     */
    private <R> List<Listing.Row<R>> ordered(Listing<R> listing, List<Listing.Row<R>> rows,
            List<CollectionQuery.OrderBy> orderBy) {
        record Keyed<R>(Listing.Row<R> row, FieldFilter.Text[] key) {
        }
        List<Function<Listing.Row<R>, List<String>>> readers = orderBy.stream()
                .map(o -> listing.reader(o.field(), wireForms)).toList();
        List<Keyed<R>> keyed = new ArrayList<>(rows.size());
        for (Listing.Row<R> row : rows) {
            FieldFilter.Text[] key = new FieldFilter.Text[orderBy.size()];
            for (int i = 0; i < key.length; i++) {
                key[i] = readers.get(i).apply(row).stream().findFirst().map(FieldFilter.Text::of).orElse(null);
            }
            keyed.add(new Keyed<>(row, key));
        }
        Comparator<Keyed<R>> result = (a, b) -> 0;
        for (int i = 0; i < orderBy.size(); i++) {
            int at = i;
            Comparator<Keyed<R>> by = (a, b) -> compareSet(a.key()[at], b.key()[at]);
            result = result.thenComparing(orderBy.get(i).descending() ? by.reversed() : by);
        }
        keyed.sort(result);
        return keyed.stream().map(Keyed::row).toList();
    }

    private static int compareSet(FieldFilter.Text x, FieldFilter.Text y) {
        if (x == null || y == null) {
            return Boolean.compare(x == null, y == null);
        }
        return x.compareTo(y);
    }

    /** The paging cursor names the first record of the page by its key ({@code start.uuid=...}) or position. */
    private static int startIndex(List<? extends Listing.Row<?>> records, Map.Entry<String, String> start) {
        if ("index".equals(start.getKey())) {
            try {
                return Math.max(0, Math.min(records.size(), Integer.parseInt(start.getValue())));
            } catch (NumberFormatException e) {
                throw CommonErrors.invalidValue("start.index", "expected a whole number");
            }
        }
        for (int i = 0; i < records.size(); i++) {
            if (start.getValue().equals(records.get(i).text(start.getKey()))) {
                return i;
            }
        }
        return records.size();
    }

    private String nextHref(FieldTree tree, Listing.Row<?> first, int index) {
        UriBuilder builder = UriBuilder.fromUri(uriInfo.getRequestUri());
        uriInfo.getQueryParameters().keySet().stream().filter(k -> k.startsWith(CollectionQuery.START_PREFIX))
                .forEach(k -> builder.replaceQueryParam(k));
        Optional<String> key = tree.keys().stream().filter(k -> first.text(k) != null).findFirst();
        if (key.isPresent()) {
            builder.replaceQueryParam(CollectionQuery.START_PREFIX + key.get(), first.text(key.get()));
        } else {
            builder.replaceQueryParam(CollectionQuery.START_PREFIX + "index", index);
        }
        return relative(builder.build());
    }

    private String selfHref() {
        return relative(uriInfo.getRequestUri());
    }

    private static String relative(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public static ObjectNode href(String href) {
        ObjectNode node = JSON.objectNode();
        node.put("href", href);
        return node;
    }
}
