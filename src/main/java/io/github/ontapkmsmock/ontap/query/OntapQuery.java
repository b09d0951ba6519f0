package io.github.ontapkmsmock.ontap.query;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.http.OntapRequest;
import io.github.ontapkmsmock.ontap.spec.FieldTree;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.version.IntroducedFields;

/**
 * Answers a GET the ONTAP way: the request's query language applied to the records a resource hands over (as
 * generated wire models), in ONTAP's collection envelope or as one record. Record shapes (fields, advanced
 * properties, keys) come from the spec operation the request addresses.
 */
@RequestScoped
public class OntapQuery {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String SVM_NAME = "svm.name";

    private final UriInfo uriInfo;
    private final OntapRequest request;
    private final ObjectMapper mapper;
    private final OntapSpec spec;
    private final Inventory inventory;
    private final IntroducedFields introduced;

    @Inject
    public OntapQuery(UriInfo uriInfo, OntapRequest request, ObjectMapper mapper, OntapSpec spec,
            Inventory inventory, IntroducedFields introduced) {
        this.uriInfo = uriInfo;
        this.request = request;
        this.mapper = mapper;
        this.spec = spec;
        this.inventory = inventory;
        this.introduced = introduced;
    }

    /** A collection GET: 200 with {@code records}, {@code num_records} and {@code _links}. */
    public Response collection(Collection<?> models) {
        return collection(models, Map.of());
    }

    /**
     * A collection GET whose NetApp page documents some filters under other names than the record's fields.
     *
     * @param filterAliases documented filter name to the field it filters on, e.g. {@code ekmip_reachability.name}
     *                      to {@code ekmip_reachability.node.name}
     */
    public Response collection(Collection<?> models, Map<String, String> filterAliases) {
        return Response.ok(collectionBody(models, filterAliases)).build();
    }

    /** The collection envelope for these records under the request's query language. */
    public ObjectNode collectionBody(Collection<?> models) {
        return collectionBody(models, Map.of());
    }

    public ObjectNode collectionBody(Collection<?> models, Map<String, String> filterAliases) {
        FieldTree tree = tree();
        CollectionQuery query = CollectionQuery.parse(uriInfo.getQueryParameters(), Set.of());
        List<JsonNode> matching = matching(models, query, filterAliases);
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
        matching.subList(from, to).forEach(r -> records.add(projection.apply(r)));
        body.put("num_records", records.size());
        if (to < matching.size()) {
            links.set("next", href(nextHref(tree, matching.get(to), to)));
        }
        body.set("_links", links);
        return body;
    }

    /**
     * The records the query's filters select, in wire form and in its {@code order_by}: what a collection GET lists
     * and what a query-based PATCH or DELETE applies to. Filters and {@code order_by} must name fields of the record.
     */
    List<JsonNode> matching(Collection<?> models, CollectionQuery query, Map<String, String> filterAliases) {
        FieldTree tree = tree();
        introduced.refuseNewerInQuery();
        List<Map.Entry<String, FieldFilter>> filters = query.filters().entrySet().stream()
                .map(f -> Map.entry(filterAliases.getOrDefault(f.getKey(), f.getKey()), f.getValue())).toList();
        filters.forEach(f -> {
            if (tree.at(f.getKey()).isEmpty()) {
                throw CommonErrors.unexpectedArgument(f.getKey());
            }
        });
        requireNamedSvmExists(query);
        query.orderBy().forEach(o -> {
            if (tree.at(o.field()).isEmpty()) {
                throw CommonErrors.invalidValue("order_by", "\"" + o.field() + "\" is not a field of this record");
            }
        });
        List<JsonNode> matching = new ArrayList<>();
        for (Object model : models) {
            JsonNode record = wireForm(model);
            if (filters.stream().allMatch(f -> f.getValue().matches(JsonPaths.values(record, f.getKey())))) {
                matching.add(record);
            }
        }
        if (!query.orderBy().isEmpty()) {
            matching.sort(ordering(query.orderBy()));
        }
        return matching;
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
        return introduced.withoutNewer(toJson(model));
    }

    public JsonNode toJson(Object model) {
        return model instanceof JsonNode node ? node : mapper.valueToTree(model);
    }

    FieldTree tree() {
        return request.operation().flatMap(op -> op.records().or(() -> spec.recordsAt(op.pathTemplate())))
                .orElseGet(() -> FieldTree.leaf(false));
    }

    private static Comparator<JsonNode> ordering(List<CollectionQuery.OrderBy> orderBy) {
        Comparator<JsonNode> result = (a, b) -> 0;
        for (CollectionQuery.OrderBy o : orderBy) {
            Comparator<JsonNode> by = (a, b) -> compareFirst(JsonPaths.values(a, o.field()),
                    JsonPaths.values(b, o.field()));
            result = result.thenComparing(o.descending() ? by.reversed() : by);
        }
        return result;
    }

    /** Records without the field sort last, as ONTAP lists unset values after set ones. */
    private static int compareFirst(List<JsonNode> a, List<JsonNode> b) {
        Optional<String> x = a.stream().filter(v -> !v.isNull()).findFirst().map(JsonNode::asText);
        Optional<String> y = b.stream().filter(v -> !v.isNull()).findFirst().map(JsonNode::asText);
        if (x.isEmpty() || y.isEmpty()) {
            return Boolean.compare(x.isEmpty(), y.isEmpty());
        }
        return FieldFilter.compare(x.get(), y.get());
    }

    /** The paging cursor names the first record of the page by its key ({@code start.uuid=...}) or position. */
    private static int startIndex(List<JsonNode> records, Map.Entry<String, String> start) {
        if ("index".equals(start.getKey())) {
            try {
                return Math.max(0, Math.min(records.size(), Integer.parseInt(start.getValue())));
            } catch (NumberFormatException e) {
                throw CommonErrors.invalidValue("start.index", "expected a whole number");
            }
        }
        for (int i = 0; i < records.size(); i++) {
            if (start.getValue().equals(records.get(i).path(start.getKey()).asText(null))) {
                return i;
            }
        }
        return records.size();
    }

    private String nextHref(FieldTree tree, JsonNode first, int index) {
        UriBuilder builder = UriBuilder.fromUri(uriInfo.getRequestUri());
        uriInfo.getQueryParameters().keySet().stream().filter(k -> k.startsWith(CollectionQuery.START_PREFIX))
                .forEach(k -> builder.replaceQueryParam(k));
        Optional<String> key = tree.keys().stream().filter(k -> first.hasNonNull(k)).findFirst();
        if (key.isPresent()) {
            builder.replaceQueryParam(CollectionQuery.START_PREFIX + key.get(), first.get(key.get()).asText());
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
