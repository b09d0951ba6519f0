package io.github.ontapkmsmock.pact;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.hc.core5.http.HttpRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.github.ontapkmsmock.control.ProviderStates;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Verifies the consumer pacts in {@code pacts/} against the mock. Each {@code @State} goes through the same
 * {@link ProviderStates} as {@code POST /_mock/provider-states}, so a JVM verifier and any other see one set of states.
 */
@QuarkusTest
@Provider("ontap-kms-mock")
@PactFolder("pacts")
class PactProviderTest {

    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString((OntapTest.USER + ":" + OntapTest.PASSWORD).getBytes(StandardCharsets.UTF_8));

    @Inject
    ProviderStates states;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("127.0.0.1", port));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verifyInteraction(PactVerificationContext context, HttpRequest request) {
        request.setHeader("Authorization", AUTHORIZATION);
        context.verifyInteraction();
    }

    @State(ProviderStates.SEEDED)
    Map<String, Object> seeded(Map<String, Object> params) {
        return states.setup(ProviderStates.SEEDED, params);
    }

    @State(ProviderStates.AWS_KMS)
    Map<String, Object> awsKms(Map<String, Object> params) {
        return states.setup(ProviderStates.AWS_KMS, params);
    }

    @State(ProviderStates.AZURE_KEY_VAULT)
    Map<String, Object> azureKeyVault(Map<String, Object> params) {
        return states.setup(ProviderStates.AZURE_KEY_VAULT, params);
    }

    @State(ProviderStates.EXTERNAL_KEY_MANAGER)
    Map<String, Object> externalKeyManager(Map<String, Object> params) {
        return states.setup(ProviderStates.EXTERNAL_KEY_MANAGER, params);
    }

    @State(value = { ProviderStates.SEEDED, ProviderStates.AWS_KMS, ProviderStates.AZURE_KEY_VAULT,
            ProviderStates.EXTERNAL_KEY_MANAGER }, action = StateChangeAction.TEARDOWN)
    void teardown() {
        states.teardown();
    }
}
