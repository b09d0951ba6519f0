package io.github.ontapkmsmock.pact;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerConsumerVersionSelectors;
import au.com.dius.pact.provider.junitsupport.loader.PactSource;
import au.com.dius.pact.provider.junitsupport.loader.SelectorBuilder;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Verifies the consumer pacts in {@code pacts/} (written by the consumer tests of this build, which run first) or, with
 * {@code -Dpactbroker.url=...}, those a Pact Broker selects ({@link OntapPacts}). The provider states go through
 * {@code POST /_mock/provider-states} as with any verifier ({@link ProviderStateTarget}).
 */
@QuarkusTest
@Provider(PactProviderTest.PROVIDER)
@PactSource(OntapPacts.class)
@StatesFromStateEndpoint
class PactProviderTest {

    static final String PROVIDER = "ontap-kms-mock";

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    /** From a broker: the pacts of the consumers' main branches and of what is deployed or released. */
    @PactBrokerConsumerVersionSelectors
    public static SelectorBuilder consumerVersionSelectors() {
        return new SelectorBuilder().mainBranch().deployedOrReleased();
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new ProviderStateTarget("127.0.0.1", port, OntapTest.USER, OntapTest.PASSWORD));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verifyInteraction(PactVerificationContext context) {
        context.verifyInteraction();
    }
}
