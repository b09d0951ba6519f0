package io.github.ontapkmsmock.ontap.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.errors.ErrorCatalogue;
import io.github.ontapkmsmock.ontap.errors.OntapError;
import io.github.ontapkmsmock.ontap.errors.OntapException;
import io.github.ontapkmsmock.ontap.errors.OntapException.ErrorArgument;
import io.github.ontapkmsmock.ontap.faults.RecordFaults;
import io.github.ontapkmsmock.ontap.http.OntapRequest;
import io.github.ontapkmsmock.ontap.spec.FieldTree;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;
import io.github.ontapkmsmock.ontap.state.AllOrNothing;

/**
 * ONTAP's query-based PATCH and DELETE, once for every collection: {@code PATCH /api/<collection>?<filters>} and
 * {@code DELETE /api/<collection>?<filters>} apply the instance operation to every record the filters select
 * (NetApp, ONTAP automation, "Object references and access": equivalent to a query-based GET followed by the
 * PATCH or DELETE of each record, one after the other; at least one field must be given as a query parameter).
 *
 * <p>Records are selected with the filter engine of the collection GET, and the family's instance operation runs
 * for each, in record order. Without {@code continue_on_failure} it is all or nothing: the first refusal undoes
 * what was done and is answered, naming the record. With it, every record is tried; the refusals are answered
 * together, naming each record, and the others stay done. No filter at all is refused; a query that selects
 * nothing changes nothing and answers 200 with {@code num_records: 0}. The mock's work never outlasts
 * {@code return_timeout}, so there is no job and no {@code next} link to continue with; its range (0-120) is the
 * spec's, checked with the other parameters. Fault rules for the
 * instance operation apply to each record ({@link RecordFaults}).
 */
@RequestScoped
public class QueryOperations {

    public static final String CONTINUE_ON_FAILURE = "continue_on_failure";
    public static final String SERIAL_RECORDS = "serial_records";
    static final String RETURN_RECORDS = "return_records";
    /**
     * NetApp requires a query for PATCH and DELETE on a collection without documenting the code of the refusal:
     * the mock answers ONTAP's "missing value" code.
     */
    static final String QUERY_REQUIRED = CommonErrors.MISSING_VALUE;

    private final OntapQuery query;
    private final UriInfo uriInfo;
    private final AllOrNothing allOrNothing;
    private final ErrorCatalogue catalogue;
    private final OntapRequest request;
    private final RecordFaults recordFaults;

    @Inject
    public QueryOperations(OntapQuery query, UriInfo uriInfo, AllOrNothing allOrNothing, ErrorCatalogue catalogue,
            OntapRequest request, RecordFaults recordFaults) {
        this.query = query;
        this.uriInfo = uriInfo;
        this.allOrNothing = allOrNothing;
        this.catalogue = catalogue;
        this.request = request;
        this.recordFaults = recordFaults;
    }

    /**
     * @param records   the collection's records as its GET lists them (read under the state lock)
     * @param operation the instance PATCH or DELETE, given the record's key (its {@code uuid}, a key server's
     *                  {@code server})
     */
    public Response apply(Listing<?> records, Consumer<String> operation) {
        return apply(records, Map.of(), operation);
    }

    /** The same for a collection whose filters have documented aliases (see {@link OntapQuery#collection}). */
    public <R> Response apply(Listing<R> records, Map<String, String> filterAliases, Consumer<String> operation) {
        MultivaluedMap<String, String> params = uriInfo.getQueryParameters();
        CollectionQuery selection = CollectionQuery.parse(params, Set.of(CONTINUE_ON_FAILURE, SERIAL_RECORDS));
        if (selection.filters().isEmpty()) {
            throw OntapException.documented(QUERY_REQUIRED).withStatus(400).withTarget("query")
                    .withMessage("A PATCH or DELETE on a collection needs a query: at least one field of the "
                            + "records as a query parameter, e.g. svm.name=vs0.");
        }
        boolean continueOnFailure = flag(params, CONTINUE_ON_FAILURE);
        flag(params, SERIAL_RECORDS); // the mock always works on the records one at a time
        boolean returnRecords = flag(params, RETURN_RECORDS);
        FieldTree tree = query.tree();
        String key = tree.keys().isEmpty() ? "uuid" : tree.keys().get(0);

        String method = request.operation().map(SpecOperation::method).orElse("");
        String collectionPath = uriInfo.getPath().replaceAll("/+$", "");
        Consumer<String> perRecord = id -> {
            recordFaults.check(method, collectionPath + "/" + id);
            operation.accept(id);
        };
        List<Listing.Row<R>> done = new ArrayList<>();
        List<OntapException> refused = new ArrayList<>();
        List<String> refusedNames = new ArrayList<>();
        allOrNothing.run(() -> {
            List<Listing.Row<R>> selected = query.matching(records, selection, filterAliases);
            if (returnRecords) {
                selected.forEach(Listing.Row::wire); // answered as the records were when they were selected
            }
            for (Listing.Row<R> record : selected) {
                String id = Objects.requireNonNullElse(record.text(key), "");
                try {
                    if (continueOnFailure) {
                        allOrNothing.run(() -> perRecord.accept(id));
                    } else {
                        perRecord.accept(id);
                    }
                    done.add(record);
                } catch (OntapException e) {
                    OntapException named = named(e, key, id);
                    if (!continueOnFailure) {
                        throw named;
                    }
                    refused.add(named);
                    refusedNames.add(key + " " + id);
                }
            }
        });
        if (!refused.isEmpty()) {
            throw partlyDone(refused, refusedNames, done.size());
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("num_records", done.size());
        if (returnRecords) {
            ArrayNode list = body.putArray("records");
            Projection keys = Projection.of(tree, Optional.empty(), true);
            done.forEach(r -> list.add(keys.apply(r.wire())));
        }
        return Response.ok(body).build();
    }

    /** The record's own error, as the instance operation answers it, with the record named in its arguments. */
    private OntapException named(OntapException e, String key, String id) {
        OntapError entry = catalogue.resolve(request.operation(), e.code());
        String message = e.explicitMessage().orElse(entry.message());
        return OntapException.documented(e.code()).withStatus(e.status().orElse(entry.status()))
                .withMessage(message).withTarget(e.target().orElse(null))
                .withArguments(List.of(new ErrorArgument(e.code(), key + " " + id + ": " + message)));
    }

    /** Refusals with {@code continue_on_failure}: the first one's code, status and target; every record named. */
    private static OntapException partlyDone(List<OntapException> refused, List<String> names, int done) {
        OntapException first = refused.get(0);
        return first.withMessage("The operation failed on " + refused.size() + " of " + (refused.size() + done)
                + " records (" + String.join(", ", names) + "); it was done on the other " + done + ".")
                .withArguments(refused.stream().flatMap(e -> e.arguments().stream()).toList());
    }

    private static boolean flag(MultivaluedMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value != null && CollectionQuery.bool(name, value);
    }
}
