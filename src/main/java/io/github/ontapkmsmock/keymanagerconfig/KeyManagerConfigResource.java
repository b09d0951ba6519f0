package io.github.ontapkmsmock.keymanagerconfig;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.api.KeyManagerConfigsApi;
import io.github.ontapkmsmock.model.KeyManagerConfig;
import io.github.ontapkmsmock.ontap.query.OntapQuery;

/** {@code /api/security/key-manager-configs}: the cluster's one key manager configuration, read and modified. */
public class KeyManagerConfigResource implements KeyManagerConfigsApi {

    private final KeyManagerConfigService service;
    private final OntapQuery query;

    @Inject
    public KeyManagerConfigResource(KeyManagerConfigService service, OntapQuery query) {
        this.service = service;
        this.query = query;
    }

    @Override
    public Response keyManagerConfigGet(List<String> fields, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        return query.record(KeyManagerConfigMapper.toModel(service.get()));
    }

    @Override
    public Response keyManagerConfigModify(String xMockError, String xMockErrorTarget, Integer xMockDelay,
            KeyManagerConfig body) {
        service.modify(body);
        return Response.ok().build();
    }
}
