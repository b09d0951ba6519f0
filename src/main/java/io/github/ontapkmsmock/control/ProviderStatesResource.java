package io.github.ontapkmsmock.control;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.github.ontapkmsmock.control.api.ProviderStatesApi;
import io.github.ontapkmsmock.control.model.ProviderState;

/** {@code POST /_mock/provider-states}: the provider-state change URL for any Pact verifier. */
public class ProviderStatesResource implements ProviderStatesApi {

    private final ProviderStates states;

    @Inject
    public ProviderStatesResource(ProviderStates states) {
        this.states = states;
    }

    @Override
    public Response providerStateChange(ProviderState change) {
        if (change.getAction() == ProviderState.ActionEnum.TEARDOWN) {
            states.teardown();
            return Response.ok(Map.of()).build();
        }
        return Response.ok(states.setup(change.getState(), change.getParams())).build();
    }
}
