package io.github.ontapkmsmock.keymanager;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.api.KeyServersApi;
import io.github.ontapkmsmock.model.KeyServer;
import io.github.ontapkmsmock.model.KeyServerCreate;
import io.github.ontapkmsmock.model.KeyServerModify;
import io.github.ontapkmsmock.ontap.query.Listing;
import io.github.ontapkmsmock.ontap.query.OntapQuery;
import io.github.ontapkmsmock.ontap.query.QueryOperations;

/** {@code /api/security/key-managers/{uuid}/key-servers}: the key servers of an external key manager. */
public class KeyServerResource implements KeyServersApi {

    private final KeyServerService service;
    private final KeyManagerMapper mapper;
    private final OntapQuery query;
    private final QueryOperations queryOperations;

    @Inject
    public KeyServerResource(KeyServerService service, KeyManagerMapper mapper, OntapQuery query,
            QueryOperations queryOperations) {
        this.service = service;
        this.mapper = mapper;
        this.query = query;
        this.queryOperations = queryOperations;
    }

    @Override
    public Response keyServerCollectionGet(String uuid, String server, String timeout, String username,
            List<String> fields, Integer maxRecords, Integer returnTimeout, Boolean returnRecords, List<String> orderBy,
            String xMockError, String xMockErrorTarget, Integer xMockDelay) {
        return query.collection(servers(uuid));
    }

    @Override
    public Response keyServerCollectionModify(String uuid, KeyServerModify body, Boolean continueOnFailure,
            Boolean serialRecords, Boolean returnRecords, Integer returnTimeout, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
        return queryOperations.apply(servers(uuid), server -> service.modify(uuid, server, body));
    }

    @Override
    public Response keyServerCollectionDelete(String uuid, Boolean continueOnFailure, Boolean serialRecords,
            Boolean returnRecords, Integer returnTimeout, Boolean force, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        return queryOperations.apply(servers(uuid),
                server -> service.delete(uuid, server, Boolean.TRUE.equals(force)));
    }

    /** At most four per key manager: rendered whole (when the query asks for them, under the state lock). */
    private Listing<KeyServer> servers(String uuid) {
        return Listing.of(() -> all(uuid), Function.identity());
    }

    private List<KeyServer> all(String uuid) {
        KeyManagerRecord keyManager = service.keyManager(uuid);
        return keyManager.external().servers().stream().map(s -> mapper.keyServer(keyManager, s)).toList();
    }

    /**
     * One server: {@code Location} is the new key server. Several ({@code records}): {@code Location} is the
     * collection, and {@code return_records=true} answers every added key server.
     */
    @Override
    public Response keyServerCreate(String uuid, KeyServerCreate body, Boolean returnRecords, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
        List<KeyServerRecord> added = service.add(uuid, body);
        KeyManagerRecord keyManager = service.keyManager(uuid);
        if (body.getRecords() == null) {
            KeyServerRecord server = added.get(0);
            return query.created(KeyManagerMapper.keyServerHref(uuid, server.server()), mapper.keyServer(keyManager, server),
                    returnRecords);
        }
        Response.ResponseBuilder answer = Response.created(URI.create(KeyManagerMapper.keyServersHref(uuid)));
        if (Boolean.TRUE.equals(returnRecords)) {
            ObjectNode envelope = JsonNodeFactory.instance.objectNode();
            envelope.put("num_records", added.size());
            ArrayNode records = envelope.putArray("records");
            added.forEach(s -> records.add(query.toJson(mapper.keyServer(keyManager, s))));
            answer.entity(envelope);
        }
        return answer.build();
    }

    @Override
    public Response keyServerGet(String uuid, String server, List<String> fields, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
        return query.record(mapper.keyServer(service.keyManager(uuid), service.get(uuid, server)));
    }

    @Override
    public Response keyServerModify(String uuid, String server, KeyServerModify body, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
        service.modify(uuid, server, body);
        return Response.ok().build();
    }

    @Override
    public Response keyServerDelete(String uuid, String server, Boolean force, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
        service.delete(uuid, server, Boolean.TRUE.equals(force));
        return Response.ok().build();
    }
}
