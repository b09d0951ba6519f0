package io.github.ontapkmsmock.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.control.api.ReachabilityApi;
import io.github.ontapkmsmock.control.model.NodeReference;
import io.github.ontapkmsmock.control.model.ReachabilityChange;
import io.github.ontapkmsmock.control.model.ReachabilityEntry;
import io.github.ontapkmsmock.control.model.ReachabilityResponse;
import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.NodeEntry;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.faults.Reachability;
import io.github.ontapkmsmock.ontap.faults.Reachability.KeyService;
import io.github.ontapkmsmock.ontap.state.StateLock;

/** {@code /_mock/reachability}: which key services each node reaches. */
public class ReachabilityResource implements ReachabilityApi {

    private final Reachability reachability;
    private final Inventory inventory;
    private final StateLock lock;

    @Inject
    public ReachabilityResource(Reachability reachability, Inventory inventory, StateLock lock) {
        this.reachability = reachability;
        this.inventory = inventory;
        this.lock = lock;
    }

    @Override
    public Response reachabilityGet(String xMockCluster) {
        return Response.ok(lock.read(this::all)).build();
    }

    @Override
    public Response reachabilitySet(ReachabilityChange change, String xMockCluster) {
        KeyService service = KeyService.fromWireName(change.getService().toString()).orElseThrow();
        Optional<String> node = Optional.ofNullable(change.getNode()).map(n -> node(inventory, n, "node").uuid());
        return Response.ok(lock.write(() -> {
            reachability.mark(service, node, change.getReachable());
            return all();
        })).build();
    }

    /** A node of the inventory by UUID or name. */
    static NodeEntry node(Inventory inventory, String uuidOrName, String target) {
        return inventory.nodes().stream().filter(n -> n.uuid().equals(uuidOrName) || n.name().equals(uuidOrName))
                .findFirst().orElseThrow(() -> MockErrors.refused(target,
                        "the cluster has no node \"" + uuidOrName + "\"."));
    }

    private ReachabilityResponse all() {
        List<ReachabilityEntry> records = new ArrayList<>();
        for (KeyService service : KeyService.values()) {
            for (NodeEntry node : inventory.nodes()) {
                records.add(new ReachabilityEntry()
                        .service(ReachabilityEntry.ServiceEnum.fromValue(service.wireName()))
                        .node(new NodeReference().uuid(node.uuid()).name(node.name()))
                        .reachable(reachability.reachable(service, node.uuid())));
            }
        }
        return new ReachabilityResponse().records(records).numRecords(records.size());
    }
}
