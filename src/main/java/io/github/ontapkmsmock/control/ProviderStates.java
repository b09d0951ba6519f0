package io.github.ontapkmsmock.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.inventory.Inventory;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.faults.Reachability;
import io.github.ontapkmsmock.ontap.faults.Reachability.KeyService;
import io.github.ontapkmsmock.ontap.state.MockState;
import io.github.ontapkmsmock.ontap.state.StateLock;

/**
 * The named Pact provider states. Each setup starts from the seeded state (so interactions never see each other's
 * data), then establishes its state and answers the values a pact may inject (e.g. {@code uuid}).
 */
@ApplicationScoped
public class ProviderStates {

    public static final String SEEDED = "the cluster is in its seeded state";
    public static final String VERSION = "the cluster runs ONTAP version";
    public static final String UNREACHABLE = "a key service is unreachable";

    private final Map<String, Function<Map<String, Object>, Map<String, Object>>> setups = new LinkedHashMap<>();
    private final MockState state;

    @Inject
    public ProviderStates(MockState state, StateLock lock, VersionControl version, Reachability reachability,
            Inventory inventory) {
        this.state = state;
        setups.put(SEEDED, params -> Map.of());
        // params: version ("9.11.1")
        setups.put(VERSION, params -> {
            String release = required(params, "version");
            lock.write(() -> version.set(release));
            return Map.of("version", version.current().toString());
        });
        // params: service (amazon, azure, ekmip), node (UUID or name; every node when absent)
        setups.put(UNREACHABLE, params -> {
            String name = required(params, "service");
            KeyService service = KeyService.fromWireName(name).orElseThrow(() -> MockErrors.refused("params.service",
                    "service is amazon, azure or ekmip."));
            Optional<String> node = Optional.ofNullable(params.get("node")).map(String::valueOf)
                    .map(n -> ReachabilityResource.node(inventory, n, "params.node").uuid());
            lock.write(() -> reachability.mark(service, node, false));
            return Map.of();
        });
    }

    /** Resets, then establishes the state; the values a pact may use. */
    public Map<String, Object> setup(String name, Map<String, Object> params) {
        var setup = setups.get(name);
        if (setup == null) {
            throw MockErrors.refused("state", "unknown provider state \"" + name + "\"; known states: "
                    + String.join("; ", setups.keySet()) + ".");
        }
        state.reset();
        return setup.apply(params == null ? Map.of() : params);
    }

    public void teardown() {
        state.reset();
    }

    private static String required(Map<String, Object> params, String name) {
        Object value = params.get(name);
        if (value == null) {
            throw MockErrors.refused("params." + name, "this provider state needs the parameter \"" + name + "\".");
        }
        return String.valueOf(value);
    }
}
