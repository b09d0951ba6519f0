package io.github.ontapkmsmock.control;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.ontapkmsmock.control.api.ProviderStatesApi;
import io.github.ontapkmsmock.control.model.ProviderState;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code /_mock/provider-states}: the provider-state change URL for any Pact verifier, and its catalogue. */
public class ProviderStatesResource implements ProviderStatesApi {

    private final ProviderStates states;

    @Inject
    public ProviderStatesResource(ProviderStates states) {
        this.states = states;
    }

    @RegisterForReflection
    record Catalogue(List<Definition> records, @JsonProperty("num_records") int numRecords,
            List<ProviderStateAliases.Alias> aliases) {
    }

    @RegisterForReflection
    record Definition(String name, String description, List<StateDefinition.Parameter> parameters,
            List<String> answers) {
    }

    @Override
    public Response providerStatesGet() {
        List<Definition> records = states.catalogue().stream().map(s -> new Definition(s.name(), s.description(),
                s.parameters(), s.answers())).toList();
        return Response.ok(new Catalogue(records, records.size(), states.aliases())).build();
    }

    @Override
    public Response providerStateChange(ProviderState change) {
        if (change.getAction() == ProviderState.ActionEnum.TEARDOWN) {
            states.teardown();
            return Response.ok(Map.of()).build();
        }
        if (change.getState() != null) {
            return Response.ok(states.setup(change.getState(), change.getParams())).build();
        }
        if (change.getStates() != null && !change.getStates().isEmpty()) {
            return Response.ok(states.setupAll(change.getStates())).build();
        }
        throw MockErrors.refused("state", "a provider-state change names its state.");
    }
}
