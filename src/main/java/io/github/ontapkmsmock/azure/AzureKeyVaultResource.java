package io.github.ontapkmsmock.azure;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.ontapkmsmock.api.AzureKeyVaultsApi;
import io.github.ontapkmsmock.model.AzureKeyVault;
import io.github.ontapkmsmock.model.AzureKeyVaultCreate;
import io.github.ontapkmsmock.model.AzureKeyVaultKey;
import io.github.ontapkmsmock.model.AzureKeyVaultModify;
import io.github.ontapkmsmock.ontap.jobs.Jobs;
import io.github.ontapkmsmock.ontap.query.Listing;
import io.github.ontapkmsmock.ontap.query.QueryOperations;
import io.github.ontapkmsmock.ontap.query.OntapQuery;

/**
 * {@code /api/security/azure-key-vaults}: maps each request to one rule check of {@link AzureKeyVaultService} and
 * its change, run directly or as an ONTAP job, and the records to their wire form for the emulated release.
 */
public class AzureKeyVaultResource implements AzureKeyVaultsApi {

    private final AzureKeyVaultService service;
    private final AzureKeyVaultMapper mapper;
    private final OntapQuery query;
    private final Jobs jobs;
    private final QueryOperations queryOperations;

    @Inject
    public AzureKeyVaultResource(AzureKeyVaultService service, AzureKeyVaultMapper mapper, OntapQuery query,
            Jobs jobs, QueryOperations queryOperations) {
        this.service = service;
        this.mapper = mapper;
        this.query = query;
        this.jobs = jobs;
        this.queryOperations = queryOperations;
    }

    @Override
    public Response azureKeyVaultCollectionGet(List<String> fields, Integer maxRecords, Boolean returnRecords,
            Integer returnTimeout, List<String> orderBy, String oauthHost, String svmName, String svmUuid,
            String proxyType, String azureReachabilityMessage, String azureReachabilityCode,
            String azureReachabilityReachable, String clientId, String proxyUsername, String keyId, String port,
            String stateMessage, String stateAvailable, String stateCode, String scope, String authenticationMethod,
            String uuid, String proxyHost, String tenantId, String vaultHost, String proxyPort,
            String configurationName, String configurationUuid, String ekmipReachabilityReachable,
            String ekmipReachabilityCode, String ekmipReachabilityNodeUuid, String ekmipReachabilityNodeName,
            String ekmipReachabilityMessage, String skipVerification, String enabled, String verifyHost,
            String verifyIp, String name, String xMockError, String xMockErrorTarget, Integer xMockDelay) {
        return query.collection(all());
    }

    @Override
    public Response azureKeyVaultGet(String uuid, List<String> fields, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        return query.record(wire(service.get(uuid)));
    }

    /**
     * 201 with Location before 9.14 (004:1097); from 9.14 a job (202), with Location too (003:1843-1873). The spec
     * marks the 202 {@code x-ontap-introduced: 9.14}.
     */
    @Override
    public Response azureKeyVaultCreate(AzureKeyVaultCreate body, Boolean returnRecords, Integer returnTimeout,
            Boolean createInactive, String xMockError, String xMockErrorTarget, Integer xMockDelay,
            String xMockJobError, Integer xMockJobDuration) {
        AzureKeyVaultRecord record = service.prepareCreate(body, Boolean.TRUE.equals(createInactive));
        String location = AzureKeyVaultMapper.href(record.uuid());
        if (!jobs.answersWithJob()) {
            service.create(record);
            return query.created(location, wire(record), returnRecords);
        }
        Response answer = jobs.run("POST " + AzureKeyVaultMapper.PATH, returnTimeout, 201,
                () -> service.create(record));
        ObjectNode body201 = (ObjectNode) answer.getEntity();
        if (answer.getStatus() == 201 && Boolean.TRUE.equals(returnRecords)) {
            body201.setAll((ObjectNode) query.created(location, wire(record), true).getEntity());
        }
        return Response.status(answer.getStatus()).entity(body201).header(HttpHeaders.LOCATION, location).build();
    }

    @Override
    public Response azureKeyVaultModify(String uuid, Integer returnTimeout, String xMockError,
            String xMockErrorTarget, Integer xMockDelay, String xMockJobError, Integer xMockJobDuration,
            AzureKeyVaultModify body) {
        service.checkModify(uuid, body);
        return jobs.run("PATCH " + AzureKeyVaultMapper.href(uuid), returnTimeout, 200,
                () -> service.modify(uuid, body));
    }

    /** 200 before 9.14 (004:1567); from 9.14 a job, 200 when it ends within return_timeout (003:2639-2643). */
    @Override
    public Response azureKeyVaultDelete(String uuid, Integer returnTimeout, String xMockError,
            String xMockErrorTarget, Integer xMockDelay, String xMockJobError, Integer xMockJobDuration) {
        service.checkDelete(uuid);
        if (!jobs.answersWithJob()) {
            service.delete(uuid);
            return Response.ok().build();
        }
        return jobs.run("DELETE " + AzureKeyVaultMapper.href(uuid), returnTimeout, 200, () -> service.delete(uuid));
    }

    /** Each record's change is made directly, not as a job: the answer comes when every record is done. */
    @Override
    public Response azureKeyVaultCollectionModify(AzureKeyVaultModify body, Boolean continueOnFailure,
            Boolean serialRecords, Boolean returnRecords, Integer returnTimeout, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
        return queryOperations.apply(all(), uuid -> {
            service.checkModify(uuid, body);
            service.modify(uuid, body);
        });
    }

    @Override
    public Response azureKeyVaultCollectionDelete(Boolean continueOnFailure, Boolean serialRecords,
            Boolean returnRecords, Integer returnTimeout, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        return queryOperations.apply(all(), uuid -> {
            service.checkDelete(uuid);
            service.delete(uuid);
        });
    }

    @Override
    public Response azureKeyVaultRekeyExternal(String uuid, AzureKeyVaultKey body, Integer returnTimeout,
            Boolean returnRecords, String xMockError, String xMockErrorTarget, Integer xMockDelay,
            String xMockJobError, Integer xMockJobDuration) {
        service.checkRekeyExternal(uuid, body.getKeyId());
        return jobs.run("POST " + AzureKeyVaultMapper.href(uuid) + "/rekey-external", returnTimeout, 201,
                () -> service.rekeyExternal(uuid, body.getKeyId()));
    }

    @Override
    public Response azureKeyVaultRekeyInternal(String uuid, Integer returnTimeout, Boolean returnRecords,
            String xMockError, String xMockErrorTarget, Integer xMockDelay, String xMockJobError,
            Integer xMockJobDuration) {
        service.checkKeyOperation(uuid);
        return jobs.run("POST " + AzureKeyVaultMapper.href(uuid) + "/rekey-internal", returnTimeout, 201,
                () -> service.keyOperation(uuid));
    }

    @Override
    public Response azureKeyVaultRestore(String uuid, Integer returnTimeout, Boolean returnRecords,
            String xMockError, String xMockErrorTarget, Integer xMockDelay, String xMockJobError,
            Integer xMockJobDuration) {
        service.checkKeyOperation(uuid);
        return jobs.run("POST " + AzureKeyVaultMapper.href(uuid) + "/restore", returnTimeout, 201,
                () -> service.keyOperation(uuid));
    }

    private Listing<AzureKeyVaultRecord> all() {
        return Listing.of(service::all, this::wire).withFields(mapper.recordFields()).withLookup(service::lookup);
    }

    /** The full wire form (advanced properties included), without what the emulated release does not have. */
    private AzureKeyVault wire(AzureKeyVaultRecord record) {
        return mapper.toModel(record);
    }
}
