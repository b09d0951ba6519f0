package io.github.ontapkmsmock.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.ObjectMapper;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerConsumerVersionSelectors;
import au.com.dius.pact.provider.junitsupport.loader.PactSource;
import au.com.dius.pact.provider.junitsupport.loader.SelectorBuilder;
import io.github.ontapkmsmock.testing.OntapTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * With {@code pactbroker.url} set, the provider test takes its pacts from the broker ({@link OntapPacts}): here a
 * local stand-in, asked for the consumers' main branches and deployed or released versions, with pending and WIP
 * pacts, and never sent verification results unless publishing is asked for.
 */
@QuarkusTest
@Provider(PactProviderTest.PROVIDER)
@PactSource(OntapPacts.class)
@StatesFromStateEndpoint
class PactBrokerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static BrokerStandIn broker;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @BeforeAll
    static void startBroker() {
        broker = BrokerStandIn.start(Path.of("src/test/resources/pact/broker-consumer-ontap-kms-mock.json"));
        System.setProperty(OntapPacts.BROKER_URL, broker.url());
    }

    @AfterAll
    static void nothingWasPublished() {
        System.clearProperty(OntapPacts.BROKER_URL);
        broker.stop();
        assertEquals(List.of("GET /", "POST /pacts/provider/ontap-kms-mock/for-verification",
                "GET " + BrokerStandIn.PACT_PATH), broker.received().stream().map(r -> r.method() + " " + r.path())
                        .toList());
    }

    @PactBrokerConsumerVersionSelectors
    public static SelectorBuilder consumerVersionSelectors() {
        return PactProviderTest.consumerVersionSelectors();
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new ProviderStateTarget("127.0.0.1", port, OntapTest.USER, OntapTest.PASSWORD));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verifiesThePactsTheBrokerSelects(PactVerificationContext context) throws Exception {
        context.verifyInteraction();
        String asked = broker.received().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow()
                .body();
        Map<?, ?> request = JSON.readValue(asked, Map.class);
        assertEquals(List.of(Map.of("mainBranch", true), Map.of("deployedOrReleased", true)),
                request.get("consumerVersionSelectors"));
        assertEquals(true, request.get("includePendingStatus"));
        assertEquals("main", request.get("providerVersionBranch"));
        assertTrue(String.valueOf(request.get("includeWipPactsSince")).startsWith("2024-01-01"), asked);
    }
}
