package io.github.ontapkmsmock.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.ontapkmsmock.MockConfig;
import io.github.ontapkmsmock.control.ProviderStateCatalogue.Selected;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.state.MockState;
import io.github.ontapkmsmock.ontap.state.PerCluster;
import io.quarkus.runtime.Startup;

/**
 * Sets up the provider states a pact names, in the caller's cluster: a catalogue state by its name (or its name with values in its
 * placeholders), or by an alias. The first state of an interaction starts from the seeded state, so interactions
 * never see each other's data; the states of one interaction add up, in order.
 *
 * <p>
 * Verifiers send the states of a Pact V3 interaction one request each, and not every verifier sends a teardown, so
 * the mock tells interactions apart by the ONTAP requests between them: a setup that follows another setup with no
 * ONTAP request in between adds to its state; any other resets first. A teardown resets, and a failed setup makes
 * the next one reset.
 */
/* Created at start, so that a bad alias file stops the mock there with its reason. */
@Startup
@ApplicationScoped
public class ProviderStates {

    private static final long RESET_NEXT = -1;

    private final ProviderStateCatalogue catalogue;
    private final ProviderStateAliases aliases;
    private final MockState state;
    private final JournalRecorder requests;
    /** Per cluster: the requests it had received at its last setup, or {@link #RESET_NEXT}; setups lock it. */
    private final PerCluster<AtomicLong> requestsAtLastSetup = new PerCluster<>(() -> new AtomicLong(RESET_NEXT));

    @Inject
    public ProviderStates(ProviderStateCatalogue catalogue, MockConfig config, MockState state,
            JournalRecorder requests) {
        this.catalogue = catalogue;
        this.aliases = ProviderStateAliases.read(config.pact().stateAliases());
        this.state = state;
        this.requests = requests;
        aliases.all().forEach(alias -> catalogue.find(alias.state()).orElseThrow(() -> new IllegalStateException(
                "provider-state alias " + alias + " names no state of the catalogue")));
    }

    public List<StateDefinition> catalogue() {
        return catalogue.all();
    }

    List<ProviderStateAliases.Alias> aliases() {
        return aliases.all();
    }

    /** Sets up one state (after a reset, unless it adds to the interaction's previous one); the values a pact may use. */
    public Map<String, Object> setup(String name, Map<String, Object> params) {
        Resolved resolved = resolve(name, params == null ? Map.of() : params);
        AtomicLong lastSetup = requestsAtLastSetup.get();
        synchronized (lastSetup) {
            if (lastSetup.get() != requests.received()) {
                state.reset();
            }
            lastSetup.set(RESET_NEXT);
            Map<String, Object> values = resolved.state().setup().apply(new StateParams(resolved.params()));
            lastSetup.set(requests.received());
            return values;
        }
    }

    /** Sets up several states in order after one reset (the older body form listing them in {@code states}). */
    public Map<String, Object> setupAll(List<String> names) {
        synchronized (requestsAtLastSetup.get()) {
            teardown();
            Map<String, Object> values = new LinkedHashMap<>();
            for (String name : names) {
                values.putAll(setup(name, Map.of()));
            }
            return values;
        }
    }

    public void teardown() {
        AtomicLong lastSetup = requestsAtLastSetup.get();
        synchronized (lastSetup) {
            state.reset();
            lastSetup.set(RESET_NEXT);
        }
    }

    private record Resolved(StateDefinition state, Map<String, Object> params) {
    }

    /** The state and its parameters: the alias's, then those its name gives, then the interaction's own. */
    private Resolved resolve(String name, Map<String, Object> given) {
        if (name == null || name.isBlank()) {
            throw MockErrors.refused("state", "a provider state needs a name.");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        Selected selected = catalogue.find(name).orElse(null);
        if (selected == null) {
            var alias = aliases.find(name).orElseThrow(() -> unknown(name));
            selected = catalogue.find(alias.state()).orElseThrow(() -> unknown(name));
            params.putAll(alias.params());
        }
        params.putAll(selected.params());
        params.putAll(given);
        return new Resolved(selected.state(), params);
    }

    private RuntimeException unknown(String name) {
        StringBuilder known = new StringBuilder();
        catalogue.all().forEach(s -> known.append(known.isEmpty() ? "" : "; ").append(s.name()));
        aliases.all().forEach(a -> known.append("; ").append(a.name() != null ? a.name() : a.pattern()));
        return MockErrors.refused("state", "unknown provider state \"" + name + "\"; known states: " + known
                + " (GET /_mock/provider-states describes them).");
    }
}
