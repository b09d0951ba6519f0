package io.github.ontapkmsmock.inventory;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.api.CertificatesApi;
import io.github.ontapkmsmock.inventory.InventoryFile.CertificateEntry;
import io.github.ontapkmsmock.model.SecurityCertificate;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.query.Listing;
import io.github.ontapkmsmock.ontap.query.OntapQuery;

/** {@code /api/security/certificates}: the installed certificates of the cluster and of each data SVM. */
public class CertificateResource implements CertificatesApi {

    private final Inventory inventory;
    private final OntapQuery query;

    @Inject
    public CertificateResource(Inventory inventory, OntapQuery query) {
        this.inventory = inventory;
        this.query = query;
    }

    @Override
    public Response securityCertificateCollectionGet(List<String> fields, Integer maxRecords, Boolean returnRecords,
            Integer returnTimeout, List<String> orderBy, String uuid, String name, String commonName, String type,
            String scope, String svmUuid, String svmName, String serialNumber, String ca, String expiryTime,
            String xMockError, String xMockErrorTarget, Integer xMockDelay) {
        return query.collection(Listing.of(inventory.certificates().stream().map(this::toModel).toList()));
    }

    @Override
    public Response securityCertificateGet(String uuid, List<String> fields, String xMockError,
            String xMockErrorTarget, Integer xMockDelay) {
        return query.record(toModel(inventory.certificate(uuid).orElseThrow(() -> CommonErrors.notFound("uuid"))));
    }

    private SecurityCertificate toModel(CertificateEntry c) {
        SecurityCertificate model = new SecurityCertificate().uuid(c.uuid()).name(c.name())
                .commonName(c.commonName()).type(SecurityCertificate.TypeEnum.fromValue(c.type()))
                .serialNumber(c.serialNumber()).ca(c.ca()).expiryTime(c.expiryTime())
                .links(InventoryModels.self("/api/security/certificates/" + c.uuid()));
        if (c.svm() == null) {
            model.scope(SecurityCertificate.ScopeEnum.CLUSTER);
        } else {
            model.scope(SecurityCertificate.ScopeEnum.SVM).svm(InventoryModels.svmReference(inventory.ownerOf(c)));
        }
        return model;
    }
}
