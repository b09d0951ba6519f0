package io.github.ontapkmsmock.keymanager;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.api.KeyManagersApi;
import io.github.ontapkmsmock.model.SecurityKeyManagerCreate;
import io.github.ontapkmsmock.model.SecurityKeyManagerMigrate;
import io.github.ontapkmsmock.model.SecurityKeyManagerModify;
import io.github.ontapkmsmock.ontap.jobs.Jobs;
import io.github.ontapkmsmock.ontap.query.Listing;
import io.github.ontapkmsmock.ontap.query.OntapQuery;
import io.github.ontapkmsmock.ontap.query.QueryOperations;

/** {@code /api/security/key-managers}: onboard and external key managers of the cluster and of data SVMs. */
public class KeyManagerResource implements KeyManagersApi {

    private final KeyManagerService service;
    private final KeyManagerActions actions;
    private final KeyManagerMapper mapper;
    private final OntapQuery query;
    private final Jobs jobs;
    private final QueryOperations queryOperations;

    @Inject
    public KeyManagerResource(KeyManagerService service, KeyManagerActions actions, KeyManagerMapper mapper,
            OntapQuery query, Jobs jobs, QueryOperations queryOperations) {
        this.service = service;
        this.actions = actions;
        this.mapper = mapper;
        this.query = query;
        this.jobs = jobs;
        this.queryOperations = queryOperations;
    }

    @Override
    public Response securityKeyManagerCollectionGet(String onboardEnabled, String externalServerCaCertificatesUuid,
            String externalClientCertificateUuid, String externalServersServer, String externalServersTimeout,
            String externalServersUsername, String uuid, String svmUuid, String svmName, String scope,
            String statusCode, String statusMessage, String volumeEncryptionSupported, String volumeEncryptionCode,
            String volumeEncryptionMessage, String isDefaultDataAtRestEncryptionDisabled, String onboardKeyBackup,
            String externalServersSecondaryKeyServers, String externalServersConnectivityClusterAvailability,
            String externalServersConnectivityNodeStatesNodeName, String externalServersConnectivityNodeStatesNodeUuid,
            String externalServersConnectivityNodeStatesState, String policy, String enabled,
            String configurationName, String configurationUuid, List<String> fields, Integer maxRecords,
            Integer returnTimeout, Boolean returnRecords, List<String> orderBy, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
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
        return queryOperations.apply(all(), service::delete);
    }

    @Override
    public Response securityKeyManagerCollectionModify(SecurityKeyManagerModify body, Boolean continueOnFailure,
            Boolean serialRecords, Boolean returnRecords, Integer returnTimeout, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
        return queryOperations.apply(all(), uuid -> {
            service.checkModify(uuid, body, false);
            service.modify(uuid, body);
        });
    }

    private Listing<KeyManagerRecord> all() {
        return Listing.of(service::list, mapper::keyManager).withFields(mapper.recordFields())
                .withLookup(service::lookup);
    }

    @Override
    public Response securityKeyManagerCreate(SecurityKeyManagerCreate body, Boolean returnRecords,
            Boolean createInactive, String xMockError, String xMockErrorTarget, Integer xMockDelay) {
        KeyManagerRecord created = service.create(body, Boolean.TRUE.equals(createInactive));
        return query.created(KeyManagerMapper.keyManagerHref(created.uuid()), mapper.keyManager(created),
                returnRecords);
    }

    @Override
    public Response securityKeyManagerGet(String uuid, List<String> fields, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
        return query.record(mapper.keyManager(service.get(uuid)));
    }

    /**
     * 200 directly; with validate_certificates a job (202) that tests the key servers and then makes the changes,
     * so that a failed test changes nothing.
     */
    @Override
    public Response securityKeyManagerModify(String uuid, SecurityKeyManagerModify body,
            Boolean validateCertificates, Integer returnTimeout, String xMockError, String xMockErrorTarget,
            Integer xMockDelay, String xMockJobError, Integer xMockJobDuration) {
        boolean validate = Boolean.TRUE.equals(validateCertificates);
        service.checkModify(uuid, body, validate);
        if (!validate) {
            service.modify(uuid, body);
            return Response.ok().build();
        }
        return jobs.run("PATCH " + KeyManagerMapper.keyManagerHref(uuid), returnTimeout, 200, () -> {
            actions.validateCertificates(uuid);
            service.modify(uuid, body);
        });
    }

    @Override
    public Response securityKeyManagerDelete(String uuid, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        service.delete(uuid);
        return Response.ok().build();
    }

    @Override
    public Response securityKeyManagerMigrate(String sourceUuid, SecurityKeyManagerMigrate body,
            Integer returnTimeout, Boolean returnRecords, String xMockError, String xMockErrorTarget,
            Integer xMockDelay, String xMockJobError, Integer xMockJobDuration) {
        actions.checkMigrate(sourceUuid, body.getUuid());
        return jobs.run("POST " + KeyManagerMapper.keyManagerHref(sourceUuid) + "/migrate", returnTimeout, 201,
                () -> actions.migrate(sourceUuid, body.getUuid()));
    }

    @Override
    public Response securityKeyManagerRestore(String uuid, Integer returnTimeout, Boolean returnRecords,
            String xMockError, String xMockErrorTarget, Integer xMockDelay, String xMockJobError,
            Integer xMockJobDuration) {
        actions.checkRestore(uuid);
        return jobs.run("POST " + KeyManagerMapper.keyManagerHref(uuid) + "/restore", returnTimeout, 201,
                () -> actions.restore(uuid));
    }
}
