package io.github.ontapkmsmock.awskms;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.api.AwsKmsApi;
import io.github.ontapkmsmock.model.AwsKmsCreate;
import io.github.ontapkmsmock.model.AwsKmsKey;
import io.github.ontapkmsmock.model.AwsKmsModify;
import io.github.ontapkmsmock.ontap.jobs.Jobs;
import io.github.ontapkmsmock.ontap.query.Listing;
import io.github.ontapkmsmock.ontap.query.QueryOperations;
import io.github.ontapkmsmock.ontap.query.OntapQuery;

/**
 * {@code /api/security/aws-kms}: the eight AWS KMS operations of ONTAP 9.12 and later. Query filters and
 * {@code X-Mock-*} headers in the signatures are read by the shared core, not here.
 */
public class AwsKmsResource implements AwsKmsApi {

    /**
     * 000 l.311-312 documents these filters under names without {@code node}; the record has them under
     * {@code ekmip_reachability.node} (000 l.196-204), where the filters also work.
     */
    static final Map<String, String> FILTER_ALIASES = Map.of(
            "ekmip_reachability.name", "ekmip_reachability.node.name",
            "ekmip_reachability.uuid", "ekmip_reachability.node.uuid");

    private final AwsKmsService service;
    private final AwsKmsMapper mapper;
    private final OntapQuery query;
    private final Jobs jobs;
    private final QueryOperations queryOperations;

    @Inject
    public AwsKmsResource(AwsKmsService service, AwsKmsMapper mapper, OntapQuery query, Jobs jobs,
            QueryOperations queryOperations) {
        this.service = service;
        this.mapper = mapper;
        this.query = query;
        this.jobs = jobs;
        this.queryOperations = queryOperations;
    }

    @Override
    public Response awsKmsCollectionGet(String amazonReachabilityMessage, String amazonReachabilityReachable,
            String amazonReachabilityCode, String host, String skipVerify, String ekmipReachabilityMessage,
            String ekmipReachabilityName, String ekmipReachabilityUuid, String ekmipReachabilityReachable,
            String ekmipReachabilityCode, String svmUuid, String svmName, String pollingPeriod, String service,
            String verifyHost, String proxyType, String proxyUsername, String timeout, String proxyPort,
            String accessKeyId, String stateMessage, String stateClusterState, String stateCode, String uuid,
            String proxyHost, String defaultDomain, String keyId, String verify, String encryptionContext,
            String port, String verifyIp, String scope, String region, List<String> fields, Integer maxRecords,
            Integer returnTimeout, Boolean returnRecords, List<String> orderBy, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
        return query.collection(all(), FILTER_ALIASES);
    }

    @Override
    public Response awsKmsCreate(AwsKmsCreate body, Boolean returnRecords, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
        AwsKmsRecord created = service.create(body);
        return query.created(AwsKmsMapper.HREF + created.uuid(), mapper.createdModel(created, body), returnRecords);
    }

    @Override
    public Response awsKmsGet(String uuid, List<String> fields, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        return query.record(mapper.toModel(service.get(uuid)));
    }

    @Override
    public Response awsKmsModify(String uuid, AwsKmsModify body, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        service.modify(uuid, body);
        return Response.ok().build();
    }

    @Override
    public Response awsKmsDelete(String uuid, String xMockError, String xMockErrorTarget, Integer xMockDelay) {
        service.delete(uuid);
        return Response.ok().build();
    }

    @Override
    public Response awsKmsCollectionModify(AwsKmsModify body, Boolean continueOnFailure, Boolean serialRecords,
            Boolean returnRecords, Integer returnTimeout, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        return queryOperations.apply(all(), FILTER_ALIASES, uuid -> service.modify(uuid, body));
    }

    @Override
    public Response awsKmsCollectionDelete(Boolean continueOnFailure, Boolean serialRecords, Boolean returnRecords,
            Integer returnTimeout, String xMockError, String xMockErrorTarget, Integer xMockDelay) {
        return queryOperations.apply(all(), FILTER_ALIASES, service::delete);
    }

    @Override
    public Response awsKmsRekeyExternal(String awsKmsUuid, AwsKmsKey body, Integer returnTimeout,
            Boolean returnRecords, String xMockError, String xMockErrorTarget, Integer xMockDelay,
            String xMockJobError, Integer xMockJobDuration) {
        return jobs.run(action(awsKmsUuid, "rekey-external"), returnTimeout, Response.Status.CREATED.getStatusCode(),
                service.rekeyExternal(awsKmsUuid, body));
    }

    @Override
    public Response awsKmsRekeyInternal(String awsKmsUuid, Integer returnTimeout, Boolean returnRecords,
            String xMockError, String xMockErrorTarget, Integer xMockDelay, String xMockJobError,
            Integer xMockJobDuration) {
        return withLocation(jobs.run(action(awsKmsUuid, "rekey-internal"), returnTimeout,
                Response.Status.CREATED.getStatusCode(), service.rekeyInternal(awsKmsUuid)), awsKmsUuid);
    }

    @Override
    public Response awsKmsRestore(String awsKmsUuid, Integer returnTimeout, Boolean returnRecords,
            String xMockError, String xMockErrorTarget, Integer xMockDelay, String xMockJobError,
            Integer xMockJobDuration) {
        return withLocation(jobs.run(action(awsKmsUuid, "restore"), returnTimeout,
                Response.Status.CREATED.getStatusCode(), service.restore(awsKmsUuid)), awsKmsUuid);
    }

    private Listing<AwsKmsRecord> all() {
        return Listing.of(service::all, mapper::toModel).withFields(mapper.recordFields())
                .withLookup(service::lookup);
    }

    private static String action(String uuid, String name) {
        return "POST " + AwsKmsMapper.HREF + uuid + "/" + name;
    }

    /** 000 l.1117-1120 and l.1203-1206: the 202 of rekey-internal and restore carries a Location header. */
    private static Response withLocation(Response answer, String uuid) {
        if (answer.getStatus() != Response.Status.ACCEPTED.getStatusCode()) {
            return answer;
        }
        return Response.fromResponse(answer).header(HttpHeaders.LOCATION, AwsKmsMapper.HREF + uuid).build();
    }
}
