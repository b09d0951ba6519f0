package io.github.ontapkmsmock.azure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.NodeEntry;

/**
 * What the advanced properties {@code state}, {@code azure_reachability} and {@code ekmip_reachability} report for
 * an enabled configuration, per node of the cluster (003:346-472). The emulated cluster reaches Azure and its
 * embedded KMIP server from every node and holds the wrapped top-level key everywhere; this is the one place to
 * change when the mock learns to make a node lose Azure.
 */
@ApplicationScoped
public class AzureReachability {

    private final Inventory inventory;

    @Inject
    public AzureReachability(Inventory inventory) {
        this.inventory = inventory;
    }

    public List<NodeStatus> of(AzureKeyVaultRecord record) {
        return inventory.nodes().stream().map(node -> new NodeStatus(node, true, true, true)).toList();
    }

    /**
     * @param azureReachable whether the node reaches the AKV service
     * @param kmipReachable  whether the SVM on the node reaches the embedded KMIP servers of all nodes
     * @param keyAvailable   whether the node holds the AKV-wrapped top-level internal key (KEK)
     */
    public record NodeStatus(NodeEntry node, boolean azureReachable, boolean kmipReachable, boolean keyAvailable) {
    }
}
