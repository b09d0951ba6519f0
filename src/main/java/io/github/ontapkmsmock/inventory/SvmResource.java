package io.github.ontapkmsmock.inventory;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.api.SvmApi;
import io.github.ontapkmsmock.inventory.InventoryFile.SvmEntry;
import io.github.ontapkmsmock.model.Svm;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.query.Listing;
import io.github.ontapkmsmock.ontap.query.OntapQuery;

/** {@code /api/svm/svms}: the data SVMs. As on ONTAP, the admin SVM is not one of them. */
public class SvmResource implements SvmApi {

    private final Inventory inventory;
    private final OntapQuery query;

    @Inject
    public SvmResource(Inventory inventory, OntapQuery query) {
        this.inventory = inventory;
        this.query = query;
    }

    @Override
    public Response svmCollectionGet(List<String> fields, Integer maxRecords, Boolean returnRecords,
            Integer returnTimeout, List<String> orderBy, String uuid, String name, String state, String subtype,
            String xMockError, String xMockErrorTarget, Integer xMockDelay) {
        return query.collection(Listing.of(inventory.dataSvms().stream().map(SvmResource::toModel).toList()));
    }

    @Override
    public Response svmGet(String uuid, List<String> fields, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        return query.record(toModel(inventory.svmByUuid(uuid).filter(s -> !s.admin())
                .orElseThrow(() -> CommonErrors.notFound("uuid"))));
    }

    private static Svm toModel(SvmEntry s) {
        return new Svm().name(s.name()).uuid(s.uuid())
                .state(Svm.StateEnum.fromValue(s.state() == null ? "running" : s.state()))
                .subtype(Svm.SubtypeEnum.DEFAULT).links(InventoryModels.self("/api/svm/svms/" + s.uuid()));
    }
}
