package io.github.ontapkmsmock.keystore;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.api.KeyStoresApi;
import io.github.ontapkmsmock.model.SecurityKeystoreModify;
import io.github.ontapkmsmock.ontap.jobs.Jobs;
import io.github.ontapkmsmock.ontap.query.Listing;
import io.github.ontapkmsmock.ontap.query.OntapQuery;
import io.github.ontapkmsmock.ontap.query.QueryOperations;
import io.github.ontapkmsmock.ontap.state.Keystore;

/**
 * {@code /api/security/key-stores}: every family's keystore configurations, listed; one enabled or disabled (a
 * job, as the page's {@code return_timeout} says), or an inactive one deleted.
 */
public class KeystoreResource implements KeyStoresApi {

    private final KeystoreService service;
    private final KeystoreMapper mapper;
    private final OntapQuery query;
    private final Jobs jobs;
    private final QueryOperations queryOperations;

    @Inject
    public KeystoreResource(KeystoreService service, KeystoreMapper mapper, OntapQuery query, Jobs jobs,
            QueryOperations queryOperations) {
        this.service = service;
        this.mapper = mapper;
        this.query = query;
        this.jobs = jobs;
        this.queryOperations = queryOperations;
    }

    @Override
    public Response securityKeystoreCollectionGet(String uuid, String location, String svmName, String svmUuid,
            String type, String enabled, String configurationUuid, String configurationName, String scope,
            String state, List<String> fields, Integer maxRecords, Integer returnTimeout, Boolean returnRecords,
            List<String> orderBy, String xMockError, String xMockErrorTarget, Integer xMockDelay) {
        return query.collection(all());
    }

    /** Each selected configuration is switched at once: the mock's work never outlasts {@code return_timeout}. */
    @Override
    public Response securityKeystoreCollectionModify(SecurityKeystoreModify body, Boolean continueOnFailure,
            Boolean serialRecords, Boolean returnRecords, Integer returnTimeout, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
        return queryOperations.apply(all(), uuid -> service.modify(uuid, service.checkModify(uuid, body)));
    }

    @Override
    public Response securityKeystoreCollectionDelete(Boolean continueOnFailure, Boolean serialRecords,
            Boolean returnRecords, Integer returnTimeout, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        return queryOperations.apply(all(), service::delete);
    }

    private Listing<Keystore> all() {
        return Listing.of(service::all, mapper::toModel).withFields(mapper.recordFields());
    }

    @Override
    public Response securityKeystoreGet(String uuid, List<String> fields, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        return query.record(mapper.toModel(service.get(uuid)));
    }

    @Override
    public Response securityKeystoreModify(String uuid, Integer returnTimeout, String xMockError,
            String xMockErrorTarget, Integer xMockDelay, String xMockJobError, Integer xMockJobDuration,
            SecurityKeystoreModify body) {
        boolean enable = service.checkModify(uuid, body);
        return jobs.run("PATCH " + KeystoreMapper.href(uuid), returnTimeout, 200, () -> service.modify(uuid, enable));
    }

    @Override
    public Response securityKeystoreDelete(String uuid, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        service.delete(uuid);
        return Response.ok().build();
    }
}
