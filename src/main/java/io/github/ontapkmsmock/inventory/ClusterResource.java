package io.github.ontapkmsmock.inventory;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.api.ClusterApi;
import io.github.ontapkmsmock.inventory.InventoryFile.NodeEntry;
import io.github.ontapkmsmock.model.Cluster;
import io.github.ontapkmsmock.model.Node;
import io.github.ontapkmsmock.model.Version;
import io.github.ontapkmsmock.ontap.errors.CommonErrors;
import io.github.ontapkmsmock.ontap.query.Listing;
import io.github.ontapkmsmock.ontap.query.OntapQuery;
import io.github.ontapkmsmock.ontap.version.EmulatedVersion;
import io.github.ontapkmsmock.ontap.version.OntapRelease;

/** {@code /api/cluster} and its nodes, from the seeded inventory; the version is the emulated release. */
public class ClusterResource implements ClusterApi {

    private final Inventory inventory;
    private final EmulatedVersion version;
    private final OntapQuery query;

    @Inject
    public ClusterResource(Inventory inventory, EmulatedVersion version, OntapQuery query) {
        this.inventory = inventory;
        this.version = version;
        this.query = query;
    }

    @Override
    public Response clusterGet(List<String> fields, String xMockError, String xMockErrorTarget, Integer xMockDelay) {
        var c = inventory.cluster();
        return query.record(new Cluster().name(c.name()).uuid(c.uuid()).location(c.location()).contact(c.contact())
                .version(version(version.current())).links(InventoryModels.self("/api/cluster")));
    }

    @Override
    public Response nodesGet(List<String> fields, Integer maxRecords, Boolean returnRecords, Integer returnTimeout,
            List<String> orderBy, String uuid, String name, String model, String serialNumber, String state,
            String xMockError, String xMockErrorTarget, Integer xMockDelay) {
        return query.collection(Listing.of(inventory.nodes().stream().map(this::toModel).toList()));
    }

    @Override
    public Response nodeGet(String uuid, List<String> fields, String xMockError, String xMockErrorTarget,
            Integer xMockDelay) {
        return query.record(toModel(inventory.node(uuid).orElseThrow(() -> CommonErrors.notFound("uuid"))));
    }

    private Node toModel(NodeEntry n) {
        return new Node().name(n.name()).uuid(n.uuid()).model(n.model()).serialNumber(n.serialNumber())
                .state(Node.StateEnum.UP).version(version(version.current()))
                .links(InventoryModels.self("/api/cluster/nodes/" + n.uuid()));
    }

    private static Version version(OntapRelease release) {
        return new Version().full(release.full()).generation(release.generation()).major(release.major())
                .minor(release.minor());
    }
}
