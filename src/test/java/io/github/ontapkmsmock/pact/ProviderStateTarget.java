package io.github.ontapkmsmock.pact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.hc.core5.http.HttpRequest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import kotlin.Pair;

/**
 * pact-jvm's HTTP target for a running mock: before each interaction it posts the interaction's provider states to
 * {@code /_mock/provider-states}, in order, as every other verifier does, and gives the values they answer to the
 * pact's {@code fromProviderState} expressions; every request carries the cluster credentials. With it, pact-jvm
 * needs no {@code @State} method (the test class carries {@link StatesFromStateEndpoint}).
 */
public class ProviderStateTarget extends HttpTestTarget {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI stateChangeUrl;
    private final String authorization;

    public ProviderStateTarget(String host, int port, String user, String password) {
        super(host, port);
        this.stateChangeUrl = URI.create("http://" + host + ":" + port + "/_mock/provider-states");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Pair<Object, Object> prepareRequest(Pact pact, Interaction interaction, Map<String, Object> context) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ProviderState state : interaction.getProviderStates()) {
            values.putAll(setUp(state));
        }
        context.put("providerState", values);
        Pair<Object, Object> prepared = super.prepareRequest(pact, interaction, context);
        ((HttpRequest) prepared.getFirst()).setHeader("Authorization", authorization);
        return prepared;
    }

    /** Posts one state as verifiers do; the values it answers. */
    public Map<String, Object> setUp(ProviderState state) {
        try {
            String body = JSON.writeValueAsString(Map.of("state", state.getName(), "params", state.getParams(),
                    "action", "setup"));
            var response = client.send(java.net.http.HttpRequest.newBuilder(stateChangeUrl)
                    .header("Content-Type", "application/json").header("Authorization", authorization)
                    .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("provider state \"" + state.getName() + "\" failed: "
                        + response.statusCode() + " " + response.body());
            }
            return JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
