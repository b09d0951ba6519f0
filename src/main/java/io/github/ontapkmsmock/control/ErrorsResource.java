package io.github.ontapkmsmock.control;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.control.api.ErrorsApi;
import io.github.ontapkmsmock.control.model.ErrorCatalogueResponse;
import io.github.ontapkmsmock.control.model.ErrorEntry;
import io.github.ontapkmsmock.control.model.OperationErrors;
import io.github.ontapkmsmock.ontap.errors.ErrorCatalogue;
import io.github.ontapkmsmock.ontap.errors.OntapError;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.spec.SpecOperation;

/** {@code /_mock/errors}: the catalogue of documented codes per operation, as the spec gives it. */
public class ErrorsResource implements ErrorsApi {

    private final OntapSpec spec;
    private final ErrorCatalogue catalogue;

    @Inject
    public ErrorsResource(OntapSpec spec, ErrorCatalogue catalogue) {
        this.spec = spec;
        this.catalogue = catalogue;
    }

    @Override
    public Response errorsGet(String operationId) {
        List<SpecOperation> operations = operationId == null ? spec.operations()
                : List.of(spec.operation(operationId).orElseThrow(() -> MockErrors.notFound("operation_id",
                        "\"" + operationId + "\" is not an operation of the ONTAP spec.")));
        var records = operations.stream().map(ErrorsResource::toModel).toList();
        var common = catalogue.common().values().stream().map(ErrorsResource::toModel).toList();
        return Response.ok(new ErrorCatalogueResponse().records(records).numRecords(records.size()).common(common))
                .build();
    }

    private static OperationErrors toModel(SpecOperation op) {
        return new OperationErrors().operationId(op.operationId()).method(op.method()).path(op.pathTemplate())
                .asynchronous(op.async()).introduced(op.introduced().orElse(null))
                .errors(op.errors().stream().map(ErrorsResource::toModel).toList());
    }

    private static ErrorEntry toModel(OntapError e) {
        return new ErrorEntry().code(e.code()).message(e.message()).documentedMessage(e.documentedMessage())
                .status(e.status());
    }
}
