package io.github.ontapkmsmock.ontap.faults;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.NodeEntry;
import io.github.ontapkmsmock.ontap.errors.ErrorCatalogue;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.github.ontapkmsmock.ontap.state.PerCluster;
import io.github.ontapkmsmock.ontap.state.Resettable;

/**
 * Which key services each node of a cluster can reach, as the control API sets it (all of them, after reset), and what the
 * key managers' advanced properties then show: {@code amazon_reachability}, {@code azure_reachability},
 * {@code ekmip_reachability} and {@code state}, with ONTAP's documented codes and messages (from the catalogue).
 * A reachable service shows code "0" and an empty message, as the seed examples do (000 l.181-190).
 */
@ApplicationScoped
public class Reachability implements Resettable {

    /** KEK unavailable on one or more nodes: what {@code state} shows when the key service is out of reach. */
    static final String KEY_PROTECTION_UNAVAILABLE = "65537551";

    /** The key services a node talks to. */
    public enum KeyService {
        /** AWS KMS; 65537915 "...unreachable from one or more nodes." (000 l.452). */
        AMAZON("amazon", "aws_kms_get", "65537915"),
        /** Azure Key Vault; 65537549 "...unreachable from one or more nodes." (003 l.1049-1051). */
        AZURE("azure", "azure_key_vault_get", "65537549"),
        /** The embedded KMIP servers (the key servers); 65537552 "Embedded KMIP server status not available." (000 l.451). */
        EKMIP("ekmip", "aws_kms_get", "65537552"),
        /**
         * The key servers of external (KMIP) key managers: their {@code connectivity} shows a node that cannot reach
         * them as {@code not_responding}. The code is the migrate page's "Embedded KMIP server status is not
         * available." (no key-server page documents one for connectivity).
         */
        KMIP("kmip", "security_key_manager_migrate", "65537552");

        private final String wireName;
        private final String operationId;
        private final String unreachableCode;

        KeyService(String wireName, String operationId, String unreachableCode) {
            this.wireName = wireName;
            this.operationId = operationId;
            this.unreachableCode = unreachableCode;
        }

        /** As the control API names it: {@code amazon}, {@code azure}, {@code ekmip}, {@code kmip}. */
        public String wireName() {
            return wireName;
        }

        public static Optional<KeyService> fromWireName(String name) {
            return Arrays.stream(values()).filter(s -> s.wireName.equals(name.toLowerCase(Locale.ROOT))).findFirst();
        }

        /** The service a control-API document names, else its refusal at {@code target}. */
        public static KeyService named(String name, String target) {
            return fromWireName(name).orElseThrow(() -> {
                List<String> names = Arrays.stream(values()).map(KeyService::wireName).toList();
                return MockErrors.refused(target, "service is " + String.join(", ", names.subList(0, names.size() - 1))
                        + " or " + names.get(names.size() - 1) + ".");
            });
        }
    }

    /** A reachability or availability as ONTAP shows it: {@code reachable} (or {@code cluster_state}, {@code available}), code, message. */
    public record Status(boolean reachable, String code, String message) {

        public static final Status OK = new Status(true, "0", "");
    }

    /** One entry of {@code ekmip_reachability}. */
    public record NodeStatus(NodeEntry node, Status status) {
    }

    /** A service marked unreachable from a node. */
    public record Outage(KeyService service, String nodeUuid) {
    }

    /** Each cluster's marks. */
    private final PerCluster<Set<Outage>> perCluster = new PerCluster<>(ConcurrentHashMap::newKeySet);
    private final Inventory inventory;
    private final ErrorCatalogue catalogue;
    private final OntapSpec spec;

    @Inject
    public Reachability(Inventory inventory, ErrorCatalogue catalogue, OntapSpec spec) {
        this.inventory = inventory;
        this.catalogue = catalogue;
        this.spec = spec;
    }

    public boolean reachable(KeyService service, String nodeUuid) {
        return !perCluster.get().contains(new Outage(service, nodeUuid));
    }

    /** {@code amazon_reachability} / {@code azure_reachability}: reachable from every node, else the documented error. */
    public Status serviceReachability(KeyService service) {
        return reachableFromAllNodes(service) ? Status.OK : unreachable(service, service.unreachableCode);
    }

    /**
     * {@code ekmip_reachability} of a key manager of this family ({@code AMAZON} or {@code AZURE}): one entry per
     * node, in inventory order.
     */
    public List<NodeStatus> ekmipReachability(KeyService family) {
        List<NodeStatus> result = new ArrayList<>();
        for (NodeEntry node : inventory.nodes()) {
            result.add(new NodeStatus(node, reachable(KeyService.EKMIP, node.uuid()) ? Status.OK
                    : unreachable(family, KeyService.EKMIP.unreachableCode)));
        }
        return result;
    }

    /**
     * {@code state} of a key manager of this family: key protection is available cluster-wide unless its key
     * service is out of reach of a node (the node then cannot unwrap its top-level key).
     */
    public Status keyProtection(KeyService family) {
        return reachableFromAllNodes(family) ? Status.OK : unreachable(family, KEY_PROTECTION_UNAVAILABLE);
    }

    /** Marks the service (un)reachable from one node, or from every node when none is given. */
    public void mark(KeyService service, Optional<String> nodeUuid, boolean reachable) {
        List<String> nodes = nodeUuid.map(List::of)
                .orElseGet(() -> inventory.nodes().stream().map(NodeEntry::uuid).toList());
        Set<Outage> outages = perCluster.get();
        for (String node : nodes) {
            if (reachable) {
                outages.remove(new Outage(service, node));
            } else {
                outages.add(new Outage(service, node));
            }
        }
    }

    public Set<Outage> outages() {
        return Set.copyOf(perCluster.get());
    }

    /** Replaces every mark (a state import). */
    public void replace(Set<Outage> marks) {
        Set<Outage> outages = perCluster.get();
        outages.clear();
        outages.addAll(marks);
    }

    @Override
    public void reset() {
        perCluster.get().clear();
    }

    private boolean reachableFromAllNodes(KeyService service) {
        return inventory.nodes().stream().allMatch(n -> reachable(service, n.uuid()));
    }

    private Status unreachable(KeyService family, String code) {
        return new Status(false, code, catalogue.resolve(spec.operation(family.operationId), code).message());
    }
}
