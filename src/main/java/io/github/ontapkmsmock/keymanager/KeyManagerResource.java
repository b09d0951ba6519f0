package io.github.ontapkmsmock.keymanager;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.api.KeyManagersApi;
import io.github.ontapkmsmock.model.SecurityKeyManagerCreate;
import io.github.ontapkmsmock.model.SecurityKeyManagerModify;
import io.github.ontapkmsmock.ontap.query.OntapQuery;
import io.github.ontapkmsmock.ontap.query.QueryOperations;

/** {@code /api/security/key-managers}: onboard and external key managers of the cluster and of data SVMs. */
public class KeyManagerResource implements KeyManagersApi {

    private final KeyManagerService service;
    private final KeyManagerMapper mapper;
    private final OntapQuery query;
    private final QueryOperations queryOperations;

    @Inject
    public KeyManagerResource(KeyManagerService service, KeyManagerMapper mapper, OntapQuery query,
            QueryOperations queryOperations) {
        this.service = service;
        this.mapper = mapper;
        this.query = query;
        this.queryOperations = queryOperations;
    }

    @Override
    public Response securityKeyManagerCollectionGet(String onboardEnabled, String externalServerCaCertificatesUuid,
            String externalClientCertificateUuid, String externalServersServer, String externalServersTimeout,
            String externalServersUsername, String uuid, String svmUuid, String svmName, String scope,
            List<String> fields, Integer maxRecords, Integer returnTimeout, Boolean returnRecords, List<String> orderBy,
            String xMockError, String xMockErrorTarget, Integer xMockDelay) {
        return query.collection(all());
    }

    /**
     * What NetApp's Ansible module sends when it holds no UUID: {@code DELETE
     * /api/security/key-managers?scope=svm&svm.name=vs0}.
     */
    @Override
    public Response securityKeyManagerCollectionDelete(Boolean continueOnFailure, Boolean serialRecords,
            Boolean returnRecords, Integer returnTimeout, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        return queryOperations.apply(this::all, service::delete);
    }

    @Override
    public Response securityKeyManagerCollectionModify(SecurityKeyManagerModify body, Boolean continueOnFailure,
            Boolean serialRecords, Boolean returnRecords, Integer returnTimeout, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
        return queryOperations.apply(this::all, uuid -> service.modify(uuid, body));
    }

    private List<?> all() {
        return service.list().stream().map(mapper::keyManager).toList();
    }

    @Override
    public Response securityKeyManagerCreate(SecurityKeyManagerCreate body, Boolean returnRecords,
            String xMockError, String xMockErrorTarget, Integer xMockDelay) {
        KeyManagerRecord created = service.create(body);
        return query.created(KeyManagerMapper.keyManagerHref(created.uuid()), mapper.keyManager(created),
                returnRecords);
    }

    @Override
    public Response securityKeyManagerGet(String uuid, List<String> fields, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
        return query.record(mapper.keyManager(service.get(uuid)));
    }

    @Override
    public Response securityKeyManagerModify(String uuid, SecurityKeyManagerModify body, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
        service.modify(uuid, body);
        return Response.ok().build();
    }

    @Override
    public Response securityKeyManagerDelete(String uuid, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        service.delete(uuid);
        return Response.ok().build();
    }
}
