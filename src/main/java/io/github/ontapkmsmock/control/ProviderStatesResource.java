package io.github.ontapkmsmock.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.ontapkmsmock.control.api.ProviderStatesApi;
import io.github.ontapkmsmock.control.model.ProviderState;
import io.github.ontapkmsmock.ontap.faults.MockErrors;
import io.github.ontapkmsmock.ontap.spec.OntapSpec;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code /_mock/provider-states}: the provider-state change URL for any Pact verifier, and its catalogue. */
public class ProviderStatesResource implements ProviderStatesApi {

    private static final String STATE = "state";
    private static final String ACTION = "action";

    private final ProviderStates states;
    private final UriInfo uriInfo;

    private final Set<String> secrets;

    @Inject
    public ProviderStatesResource(ProviderStates states, UriInfo uriInfo, OntapSpec spec) {
        this.states = states;
        this.uriInfo = uriInfo;
        this.secrets = spec.writeOnlyFields();
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
    public Response providerStatesGet(String xMockCluster) {
        List<Definition> records = states.catalogue().stream().map(s -> new Definition(s.name(), s.description(),
                s.parameters(), s.answers())).toList();
        return Response.ok(new Catalogue(records, records.size(),
                states.aliases().stream().map(this::withSecretsMasked).toList())).build();
    }

    /** An alias file may fix a secret parameter (an onboard passphrase): listed masked, as the journal masks it. */
    private ProviderStateAliases.Alias withSecretsMasked(ProviderStateAliases.Alias alias) {
        if (alias.params() == null || alias.params().keySet().stream().noneMatch(secrets::contains)) {
            return alias;
        }
        Map<String, Object> params = new LinkedHashMap<>(alias.params());
        params.replaceAll((name, value) -> secrets.contains(name) ? JournalMask.MASK : value);
        return new ProviderStateAliases.Alias(alias.name(), alias.pattern(), alias.state(), params);
    }

    @Override
    public Response providerStateChange(String xMockCluster, ProviderState body) {
        ProviderState change = body != null ? body : fromQuery(uriInfo.getQueryParameters());
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

    /**
     * The form of verifiers that send the state as query parameters and no body: {@code state}, {@code action}, and
     * every other parameter one of the state's (as text; {@link StateParams} reads text leniently).
     */
    private static ProviderState fromQuery(MultivaluedMap<String, String> query) {
        Map<String, Object> params = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (!STATE.equals(name) && !ACTION.equals(name)) {
                params.put(name, String.join(",", values));
            }
        });
        ProviderState change = new ProviderState().state(query.getFirst(STATE)).params(params);
        String action = query.getFirst(ACTION);
        if (action != null) {
            try {
                change.action(ProviderState.ActionEnum.fromValue(action));
            } catch (IllegalArgumentException e) {
                throw MockErrors.refused(ACTION, "action is setup or teardown.");
            }
        }
        return change;
    }
}
