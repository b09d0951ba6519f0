package io.github.ontapkmsmock.control;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.ontapkmsmock.control.api.StateApi;

/** {@code /_mock/state}: export and import of the whole state. */
public class StateResource implements StateApi {

    private final StateDocuments documents;
    private final ObjectMapper mapper;

    @Inject
    public StateResource(StateDocuments documents, ObjectMapper mapper) {
        this.documents = documents;
        this.mapper = mapper;
    }

    @Override
    public Response stateExport(String xMockCluster) {
        return Response.ok(documents.export()).build();
    }

    @Override
    public Response stateImport(Map<String, Object> document, String xMockCluster) {
        documents.importDocument(mapper.valueToTree(document));
        return Response.ok().build();
    }
}
