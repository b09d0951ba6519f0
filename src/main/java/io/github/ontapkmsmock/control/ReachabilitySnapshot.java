package io.github.ontapkmsmock.control;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.inventory.InventoryFile.NodeEntry;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.faults.Reachability;
import io.github.ontapkmsmock.ontap.faults.Reachability.KeyService;
import io.github.ontapkmsmock.ontap.faults.Reachability.Outage;
import io.github.ontapkmsmock.ontap.state.StateSnapshot;

/**
 * The {@code reachability} section of the state document: the services marked unreachable, per node,
 * {@code [{"service": "amazon", "node": {"uuid": ..., "name": ...}}]}.
 */
@ApplicationScoped
public class ReachabilitySnapshot implements StateSnapshot {

    private final Reachability reachability;
    private final Inventory inventory;

    @Inject
    public ReachabilitySnapshot(Reachability reachability, Inventory inventory) {
        this.reachability = reachability;
        this.inventory = inventory;
    }

    @Override
    public String section() {
        return "reachability";
    }

    @Override
    public JsonNode export() {
        ArrayNode outages = JsonNodeFactory.instance.arrayNode();
        for (KeyService service : KeyService.values()) {
            for (NodeEntry node : inventory.nodes()) {
                if (!reachability.reachable(service, node.uuid())) {
                    var entry = outages.addObject().put("service", service.wireName());
                    entry.putObject("node").put("uuid", node.uuid()).put("name", node.name());
                }
            }
        }
        return outages;
    }

    @Override
    public Restore restore(JsonNode section) {
        Set<Outage> outages = new HashSet<>();
        if (!section.isMissingNode() && !section.isArray()) {
            throw MockErrors.refused(section(), "reachability is a list of {\"service\", \"node\"}.");
        }
        int i = 0;
        for (JsonNode entry : section) {
            String at = section() + "[" + i++ + "]";
            KeyService service = KeyService.named(entry.path("service").asText(""), at + ".service");
            String uuid = entry.path("node").path("uuid").asText("");
            String name = entry.path("node").path("name").asText("");
            NodeEntry node = inventory.nodes().stream()
                    .filter(n -> n.uuid().equals(uuid) || uuid.isEmpty() && n.name().equals(name)).findFirst()
                    .orElseThrow(() -> MockErrors.refused(at + ".node", "the cluster has no such node."));
            outages.add(new Outage(service, node.uuid()));
        }
        return Restore.of(() -> reachability.replace(outages));
    }
}
